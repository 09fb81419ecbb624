package io.github.sorrysite.core.infra;

import io.github.sorrysite.core.BadInputException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The infrastructure-as-code formats {@code sorry.infra} chooses; each has its own writer. */
public enum InfraFormat {
    CLOUDFORMATION, TERRAFORM;

    public static final String PARAMETER = "sorry.infra";
    private static final String AKAMAI = "akamai";

    /** {@code cloudformation,terraform}; empty or unset: none. {@code akamai} is another writer's, so it is passed over here. */
    public static Set<InfraFormat> parse(String text) {
        Set<InfraFormat> formats = EnumSet.noneOf(InfraFormat.class);
        if (text == null) {
            return formats;
        }
        for (String part : text.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.equals("none") || name.equals(AKAMAI)) {
                continue; // akamai: the rule tree of core.infra.akamai, written by its own writer
            }
            switch (name) {
                case "cloudformation" -> formats.add(CLOUDFORMATION);
                case "terraform" -> formats.add(TERRAFORM);
                default -> throw new BadInputException(PARAMETER, "'" + part.strip() + "' is not a format",
                        "use cloudformation, terraform or akamai, comma-separated: -Dsorry.infra=cloudformation,terraform");
            }
        }
        return formats;
    }
}
