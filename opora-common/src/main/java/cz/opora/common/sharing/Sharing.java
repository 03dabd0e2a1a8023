package cz.opora.common.sharing;

import cz.opora.events.DataScope;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The sharing rule as a pure function. An organization that does not own a family sees, through each of its live
 * grants, the grant's scopes (on a consent basis only those the consent still covers, decided by the caller) and the
 * grant's children; a grant given by an organization that is not the owner (an onward referral, a conference convened
 * by an organization that was itself given the family) shows no more than that grantor itself sees at that moment, by
 * the same rule, and nothing once the grantor sees nothing. The organization sees the union over its grants.
 */
public final class Sharing {
    private Sharing() {
    }

    /** One live grant whose basis holds: the scopes it gives (consent applied; BASIC always), its children (empty: all), its grantor. */
    public record Held(Set<DataScope> scopes, List<UUID> members, String grantor) {
    }

    /** What an organization may see of a family it does not own: scopes, and the members (all when wholeFamily). */
    public record View(Set<DataScope> scopes, boolean wholeFamily, Set<UUID> members) {
        public boolean allows(DataScope scope) {
            return scopes.contains(scope);
        }

        public boolean coversMember(UUID memberId) {
            return wholeFamily || members.contains(memberId);
        }

        /** This view, never wider than {@code limit}. Empty when nothing of it is left (no member in common). */
        public Optional<View> within(View limit) {
            Set<DataScope> s = EnumSet.noneOf(DataScope.class);
            s.addAll(scopes);
            s.retainAll(limit.scopes);
            if (limit.wholeFamily) {
                return s.isEmpty() ? Optional.empty() : Optional.of(new View(s, wholeFamily, members));
            }
            Set<UUID> m = new LinkedHashSet<>(wholeFamily ? limit.members : members);
            if (!wholeFamily) {
                m.retainAll(limit.members);
            }
            return s.isEmpty() || m.isEmpty() ? Optional.empty() : Optional.of(new View(s, false, m));
        }
    }

    /**
     * What {@code organization} sees of a family owned by {@code owner}; {@code grants} gives each organization's live
     * grants whose basis holds. Empty: nothing (no grant, or every grant's grantor sees nothing any more).
     */
    public static Optional<View> view(String organization, String owner, Function<String, List<Held>> grants) {
        return view(organization, owner, grants, new HashSet<>());
    }

    private static Optional<View> view(String organization, String owner, Function<String, List<Held>> grants,
                                       Set<String> path) {
        if (!path.add(organization)) {
            return Optional.empty();
        }
        try {
            Set<DataScope> scopes = EnumSet.noneOf(DataScope.class);
            Set<UUID> members = new LinkedHashSet<>();
            boolean wholeFamily = false;
            boolean any = false;
            for (Held grant : grants.apply(organization)) {
                Optional<View> own = Optional.of(new View(withBasic(grant.scopes()), grant.members().isEmpty(),
                        new LinkedHashSet<>(grant.members())));
                if (grant.grantor() != null && !grant.grantor().equals(owner)) {
                    Optional<View> grantor = view(grant.grantor(), owner, grants, path);
                    own = grantor.flatMap(own.get()::within);
                }
                if (own.isEmpty()) {
                    continue;
                }
                any = true;
                scopes.addAll(own.get().scopes());
                if (own.get().wholeFamily()) {
                    wholeFamily = true;
                } else {
                    members.addAll(own.get().members());
                }
            }
            return any ? Optional.of(new View(scopes, wholeFamily, wholeFamily ? Set.of() : members)) : Optional.empty();
        } finally {
            path.remove(organization);
        }
    }

    private static Set<DataScope> withBasic(Collection<DataScope> scopes) {
        Set<DataScope> all = EnumSet.of(DataScope.BASIC);
        all.addAll(scopes);
        return all;
    }

    public static List<UUID> members(UUID[] ids) {
        return ids == null ? List.of() : Arrays.asList(ids);
    }
}
