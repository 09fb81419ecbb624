package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.BadInputException;
import java.util.Locale;

/** What the inline budget counts: UTF-16 code units (the ELBv2 API) or UTF-8 bytes (Terraform's aws provider). */
public enum BudgetUnit {
    CHARS("chars"), BYTES("bytes");

    private final String id;

    BudgetUnit(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static BudgetUnit parse(String value) {
        String v = value == null || value.isBlank() ? "chars" : value.strip().toLowerCase(Locale.ROOT);
        for (BudgetUnit unit : values()) {
            if (unit.id.equals(v)) {
                return unit;
            }
        }
        throw new BadInputException("sorry.inline.budgetUnit", "'" + value + "' is not a budget unit",
                "use chars (what the ELBv2 API counts) or bytes (what Terraform's aws provider counts)");
    }
}
