package se.redaktionen.channel.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelRepository extends JpaRepository<Channel, Long> {

    List<Channel> findAllByOrderByName();

    java.util.Optional<Channel> findByNameIgnoreCase(String name);

    List<Channel> findAllByOrderByStatusAscNameAsc();
}
