package se.redaktionen.web.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AddressThrottleRepository extends JpaRepository<AddressThrottleEntry, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from AddressThrottleEntry e where e.address = :address")
    Optional<AddressThrottleEntry> findForUpdate(String address);
}
