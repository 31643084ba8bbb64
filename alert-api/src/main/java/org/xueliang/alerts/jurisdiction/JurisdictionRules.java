package org.xueliang.alerts.jurisdiction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;

/**
 * What makes a jurisdiction valid, shared by the API and the bulk import so that both report the
 * same messages: its fields on their own, then its place in the tree (a county has no parent,
 * every other node has one of a higher level, and its children stay below it).
 */
public final class JurisdictionRules {
    /** Civil codes are digits; grid codes are whatever the county uses. */
    public static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,31}");
    public static final String CODE_RULE = "must be 1 to 32 letters, digits, '_' or '-', starting with a letter or digit";
    public static final int MAX_NAME = 100;

    private JurisdictionRules() {
    }

    /**
     * Checks the fields given as text (null for absent) and returns the jurisdiction, or null
     * when {@code errors} got a problem.
     */
    public static Jurisdiction read(String code, String name, String level, String parent, List<FieldError> errors) {
        int before = errors.size();
        checkCode("code", code, errors);
        checkName(name, errors);
        Optional<JurisdictionLevel> parsedLevel = Optional.empty();
        if (blank(level)) {
            errors.add(new FieldError("level", "is required, one of " + String.join(", ", JurisdictionLevel.NAMES)));
        } else {
            parsedLevel = JurisdictionLevel.parse(level);
            if (parsedLevel.isEmpty()) {
                errors.add(new FieldError("level", "must be one of " + String.join(", ", JurisdictionLevel.NAMES)
                        + ", got " + FieldReader.quote(level)));
            }
        }
        String parentCode = blank(parent) ? null : parent.strip();
        if (parentCode != null) {
            checkCode("parent", parentCode, errors);
        }
        if (errors.size() > before) {
            return null;
        }
        return new Jurisdiction(code.strip(), name.strip(), parsedLevel.orElseThrow(), parentCode);
    }

    /** Checks a code field: required, and of the code pattern. */
    public static void checkCode(String field, String code, List<FieldError> errors) {
        if (blank(code)) {
            errors.add(new FieldError(field, "is required"));
        } else if (!CODE.matcher(code.strip()).matches()) {
            errors.add(new FieldError(field, CODE_RULE + ", got " + FieldReader.quote(code)));
        }
    }

    /** Checks a name field: required, at most {@value #MAX_NAME} characters. */
    public static void checkName(String name, List<FieldError> errors) {
        if (blank(name)) {
            errors.add(new FieldError("name", "is required"));
        } else if (name.strip().length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters, got "
                    + name.strip().length()));
        }
    }

    /** Checks where the jurisdiction goes in the tree as it is (which may hold an older version of it). */
    public static void checkPlacement(Jurisdiction candidate, JurisdictionLookup tree, List<FieldError> errors) {
        checkParent(candidate, tree, errors);
        for (Jurisdiction child : tree.children(candidate.code())) {
            if (!candidate.level().above(child.level())) {
                errors.add(new FieldError("level", "cannot be " + candidate.level().wireName() + ": child "
                        + FieldReader.quote(child.code()) + " is " + article(child.level())));
                return;
            }
        }
    }

    private static void checkParent(Jurisdiction candidate, JurisdictionLookup tree, List<FieldError> errors) {
        String parent = candidate.parent();
        if (candidate.level() == JurisdictionLevel.COUNTY) {
            if (parent != null) {
                errors.add(new FieldError("parent", "must be empty for a county, got " + FieldReader.quote(parent)));
            }
            return;
        }
        if (parent == null) {
            errors.add(new FieldError("parent", "is required for " + article(candidate.level())));
            return;
        }
        Optional<Jurisdiction> above = tree.jurisdiction(parent);
        if (above.isEmpty()) {
            errors.add(new FieldError("parent", "jurisdiction " + FieldReader.quote(parent) + " does not exist"));
        } else if (!above.get().level().above(candidate.level())) {
            errors.add(new FieldError("parent", "must be above " + candidate.level().wireName() + " in the tree, got "
                    + FieldReader.quote(parent) + ", " + article(above.get().level())));
        }
    }

    static String article(JurisdictionLevel level) {
        return "a " + level.wireName();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
