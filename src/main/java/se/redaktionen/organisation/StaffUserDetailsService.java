package se.redaktionen.organisation;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.organisation.internal.PersonRepository;

@Service
public class StaffUserDetailsService implements UserDetailsService {

    private final PersonRepository people;

    StaffUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public StaffUser loadUserByUsername(String username) {
        return people.findByUsername(Usernames.normalise(username))
                .map(p -> p.toStaffUser())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** An active person by id, for authentication by API token. */
    @Transactional(readOnly = true)
    public Optional<StaffUser> findActiveById(long personId) {
        return people.findById(personId).filter(p -> p.isActive()).map(p -> {
            StaffUser user = p.toStaffUser();
            user.eraseCredentials();
            return user;
        });
    }
}
