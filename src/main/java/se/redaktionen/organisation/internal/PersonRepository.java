package se.redaktionen.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.redaktionen.organisation.Role;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    List<Person> findAllByOrderByActiveDescDisplayNameAsc();

    List<Person> findByRoleAndActiveTrue(Role role);

    List<Person> findByActiveTrueOrderByDisplayNameAsc();

    boolean existsByRole(Role role);
}
