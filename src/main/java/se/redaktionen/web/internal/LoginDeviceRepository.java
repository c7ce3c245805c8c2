package se.redaktionen.web.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginDeviceRepository extends JpaRepository<LoginDevice, String> {

    List<LoginDevice> findByTokenHashInAndCreatedAtAfter(Collection<String> tokenHashes, Instant issuedAfter);

    @Modifying
    @Query("update LoginDevice d set d.failures = d.failures + 1 where d.tokenHash = :tokenHash")
    void countFailure(String tokenHash);

    @Modifying
    @Query("delete from LoginDevice d where d.tokenHash = :tokenHash and d.failures >= :maxFailures")
    void revokeIfFailed(String tokenHash, int maxFailures);

    @Modifying
    @Query("delete from LoginDevice d where d.username = :username and d.tokenHash in :tokenHashes")
    void deleteOwn(String username, Collection<String> tokenHashes);

    @Modifying
    @Query("delete from LoginDevice d where d.createdAt <= :issuedBefore")
    void deleteExpired(Instant issuedBefore);
}
