package ogi.audit.rules;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import ogi.audit.config.AuditConfig;
import ogi.audit.copying.SectionCopy;
import ogi.contracts.event.Finding;
import ogi.contracts.event.RuleOutcome;
import ogi.contracts.event.RuleResult;
import ogi.contracts.report.Report;
import ogi.contracts.template.ReportTemplate;

/**
 * The rule catalogue. Its version (in {@code rules/catalogue.json}) is stamped on every audit result; raise it
 * whenever a rule is added or changes what it finds. The rules are the ones the file lists, in its order: each
 * entry names its class (in this package), which is made here, so a rule is listed once, in the file. A rule that
 * throws is logged and skipped, so one faulty rule cannot stop a report's audit.
 */
@ApplicationScoped
public class RuleCatalogue {
    public static final String VERSION = RuleDefinition.catalogue().version();
    private static final Logger LOG = Logger.getLogger(RuleCatalogue.class);

    private final List<AuditRule> rules;

    /** The catalogue with the rules' settings from the configuration ({@code audit.*}). */
    @Inject
    public RuleCatalogue(AuditConfig config) {
        this(new RuleSettings(config.proseReuse().threshold()));
    }

    /** The catalogue with the default settings. */
    public RuleCatalogue() {
        this(RuleSettings.DEFAULTS);
    }

    /** The catalogue with PROSE-003's threshold given, for use without MicroProfile Config (the offline audit). */
    public RuleCatalogue(double proseReuseThreshold) {
        this(new RuleSettings(proseReuseThreshold));
    }

    public RuleCatalogue(RuleSettings settings) {
        rules = RuleDefinition.catalogue().rules().stream().map(d -> make(d, settings)).toList();
    }

    /** The rule class a catalogue entry names, made with the settings when its constructor takes them. */
    static AuditRule make(RuleDefinition definition, RuleSettings settings) {
        String name = RuleCatalogue.class.getPackageName() + "." + definition.ruleClass();
        try {
            Class<? extends AuditRule> type = Class.forName(name).asSubclass(AuditRule.class);
            AuditRule rule;
            try {
                rule = type.getConstructor(RuleSettings.class).newInstance(settings);
            } catch (NoSuchMethodException e) {
                rule = type.getConstructor().newInstance();
            }
            if (!rule.id().equals(definition.id())) {
                throw new IllegalStateException("rules/catalogue.json names " + definition.ruleClass() + " for "
                        + definition.id() + ", but that class is rule " + rule.id());
            }
            return rule;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("rules/catalogue.json: rule " + definition.id() + " names class "
                    + name + ", which is not a public AuditRule with a public constructor", e);
        }
    }

    public List<AuditRule> rules() {
        return rules;
    }

    public List<Finding> audit(String documentId, Report report) {
        return audit(documentId, report, null);
    }

    /** Runs every rule; {@code previous} is the agency's report for the year before, or null. */
    public List<Finding> audit(String documentId, Report report, Report previous) {
        return run(documentId, report, previous).findings();
    }

    /** The findings of a run and every rule's result. */
    public record Outcome(List<Finding> findings, List<RuleResult> ruleResults) {
    }

    /**
     * Runs every rule and says, for each, whether it failed (findings), passed, or could not be assessed: it found
     * nothing but cells it reads are missing (or it needs the previous year's report, unseen).
     */
    public Outcome run(String documentId, Report report, Report previous) {
        return run(documentId, report, previous, null);
    }

    /**
     * As {@link #run(String, Report, Report)}, with the report's sections that are near-duplicates of other agencies'
     * reports ({@code copies}; null when not looked for, which leaves PROSE-004 not assessable).
     */
    public Outcome run(String documentId, Report report, Report previous, List<SectionCopy> copies) {
        AuditContext base = new AuditContext(documentId, report,
                ReportTemplate.forVersion(report.metadata().template()), previous, copies);
        List<Finding> findings = new ArrayList<>();
        List<RuleResult> results = new ArrayList<>();
        for (AuditRule rule : rules) {
            AuditContext context = base.forRule();
            try {
                List<Finding> found = rule.check(context);
                findings.addAll(found);
                // Blank cells stop a rule only when it could check nothing at all (every relation it reads is
                // blank); missing cells (rows or tables not in the report, text in a number cell) always do.
                boolean blankOnly = context.missing().isEmpty() && context.assessed()[0] == 0
                        && !context.blank().isEmpty();
                RuleOutcome outcome = !found.isEmpty() ? RuleOutcome.FAILED
                        : !context.missing().isEmpty() || blankOnly ? RuleOutcome.NOT_ASSESSABLE : RuleOutcome.PASSED;
                results.add(new RuleResult(rule.id(), outcome, found.size(),
                        outcome != RuleOutcome.NOT_ASSESSABLE ? List.of()
                                : List.copyOf(blankOnly ? context.blank() : context.missing())));
            } catch (RuntimeException e) {
                LOG.errorf(e, "document %s: rule %s failed and was skipped", documentId, rule.id());
                results.add(new RuleResult(rule.id(), RuleOutcome.NOT_ASSESSABLE, 0, List.of("rule-error")));
            }
        }
        return new Outcome(findings, results);
    }
}
