package se.redaktionen.guideline.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GuidelineRepository extends JpaRepository<Guideline, Long> {

    List<Guideline> findAllByOrderByActiveDescTitleAsc();

    List<Guideline> findByActiveTrueOrderByTitleAsc();

    Optional<Guideline> findByTitleIgnoreCase(String title);
}
