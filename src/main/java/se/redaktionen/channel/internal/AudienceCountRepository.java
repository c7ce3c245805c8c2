package se.redaktionen.channel.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AudienceCountRepository extends JpaRepository<AudienceCount, Long> {

    List<AudienceCount> findByChannelIdAndCountedOnBetweenOrderByCountedOn(long channelId, LocalDate from,
                                                                          LocalDate to);
}
