package se.redaktionen.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BranchRepository extends JpaRepository<Branch, Long> {

    List<Branch> findAllByOrderByName();

    List<Branch> findByActiveTrueOrderByName();

    Optional<Branch> findByNameIgnoreCase(String name);

    Optional<Branch> findByCodeIgnoreCase(String code);
}
