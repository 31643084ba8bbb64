package org.xueliang.alerts.jurisdiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;

/**
 * The jurisdiction tree, key sites and channel assignments as the API changes them: each change
 * is checked against the tree as stored, saved, and then the {@link JurisdictionDirectory} is
 * reloaded so that access control and triage see it at once. Every method blocks.
 */
public final class JurisdictionRegistry {
    private final JurisdictionStore jurisdictions;
    private final SiteStore sites;
    private final JurisdictionDirectory directory;

    public JurisdictionRegistry(JurisdictionStore jurisdictions, SiteStore sites) {
        this.jurisdictions = Objects.requireNonNull(jurisdictions, "jurisdictions");
        this.sites = Objects.requireNonNull(sites, "sites");
        this.directory = new JurisdictionDirectory(jurisdictions::loadTree);
    }

    /** The in-memory tree; call {@link JurisdictionDirectory#refresh()} once at start-up. */
    public JurisdictionDirectory directory() {
        return directory;
    }

    public List<Jurisdiction> list() {
        return jurisdictions.list();
    }

    /** @throws JurisdictionNotFoundException when no jurisdiction has the code */
    public Jurisdiction get(String code) {
        return jurisdictions.find(code).orElseThrow(() -> new JurisdictionNotFoundException(code));
    }

    /**
     * @throws DuplicateJurisdictionException when the code is taken
     * @throws InvalidJurisdictionException   when it does not fit the tree
     */
    public Jurisdiction create(Jurisdiction jurisdiction) {
        JurisdictionTree tree = jurisdictions.loadTree();
        if (tree.jurisdiction(jurisdiction.code()).isPresent()) {
            throw new DuplicateJurisdictionException(jurisdiction.code());
        }
        checkPlacement(jurisdiction, tree);
        jurisdictions.insert(jurisdiction);
        directory.refresh();
        return jurisdiction;
    }

    /**
     * @throws JurisdictionNotFoundException when no jurisdiction has the code
     * @throws InvalidJurisdictionException  when the new version does not fit the tree
     */
    public Jurisdiction replace(Jurisdiction jurisdiction) {
        JurisdictionTree tree = jurisdictions.loadTree();
        if (tree.jurisdiction(jurisdiction.code()).isEmpty()) {
            throw new JurisdictionNotFoundException(jurisdiction.code());
        }
        checkPlacement(jurisdiction, tree);
        jurisdictions.update(jurisdiction);
        directory.refresh();
        return jurisdiction;
    }

    private static void checkPlacement(Jurisdiction jurisdiction, JurisdictionTree tree) {
        List<FieldError> errors = new ArrayList<>();
        JurisdictionRules.checkPlacement(jurisdiction, tree, errors);
        if (!errors.isEmpty()) {
            throw new InvalidJurisdictionException("invalid jurisdiction", errors);
        }
    }

    /** @see JurisdictionStore#delete(String) */
    public void delete(String code) {
        jurisdictions.delete(code);
        directory.refresh();
    }

    /** Saves every row that fits and reports every row that does not. */
    public ImportReport importRows(ImportRows.Result rows) {
        ImportPlan plan = ImportPlan.of(rows, jurisdictions.loadTree());
        int created = plan.accepted().isEmpty() ? 0 : jurisdictions.saveAll(plan.accepted());
        directory.refresh();
        return new ImportReport(created, plan.accepted().size() - created, plan.rejected());
    }

    public List<Site> sites() {
        return sites.list();
    }

    /** @throws SiteNotFoundException when no site has the code */
    public Site site(String code) {
        return sites.find(code).orElseThrow(() -> new SiteNotFoundException(code));
    }

    /**
     * Saves a new site; channels it lists move to it from wherever they were.
     *
     * @throws DuplicateSiteException       when the code is taken
     * @throws InvalidJurisdictionException when its jurisdiction does not exist
     */
    public Site createSite(Site site) {
        checkSite(site);
        sites.insert(site);
        directory.refresh();
        return site;
    }

    /**
     * Replaces a site; its channels become exactly the ones listed.
     *
     * @throws SiteNotFoundException        when no site has the code
     * @throws InvalidJurisdictionException when its jurisdiction does not exist
     */
    public Site replaceSite(Site site) {
        checkSite(site);
        sites.update(site);
        directory.refresh();
        return site;
    }

    private void checkSite(Site site) {
        if (jurisdictions.loadTree().jurisdiction(site.jurisdiction()).isEmpty()) {
            throw new InvalidJurisdictionException("invalid site", List.of(new FieldError("jurisdiction",
                    "jurisdiction " + FieldReader.quote(site.jurisdiction()) + " does not exist")));
        }
    }

    /** Deletes a site; its channels then belong nowhere. */
    public void deleteSite(String code) {
        sites.delete(code);
        directory.refresh();
    }

    /** @throws AssignmentNotFoundException when the channel belongs nowhere */
    public Assignment assignment(String channelId) {
        return directory.refresh().assignment(channelId).orElseThrow(() -> new AssignmentNotFoundException(channelId));
    }

    /**
     * Puts a channel in a site or a grid, moving it from wherever it was.
     *
     * @throws InvalidJurisdictionException when the site does not exist, or the grid is not a grid
     */
    public Assignment assign(Assignment assignment) {
        JurisdictionTree tree = jurisdictions.loadTree();
        List<FieldError> errors = new ArrayList<>();
        if (assignment.site() != null && tree.site(assignment.site()).isEmpty()) {
            errors.add(new FieldError("site", "site " + FieldReader.quote(assignment.site()) + " does not exist"));
        }
        if (assignment.grid() != null) {
            tree.jurisdiction(assignment.grid()).ifPresentOrElse(grid -> {
                if (grid.level() != JurisdictionLevel.GRID) {
                    errors.add(new FieldError("grid", FieldReader.quote(grid.code()) + " is "
                            + JurisdictionRules.article(grid.level()) + ", not a grid"));
                }
            }, () -> errors.add(new FieldError("grid", "jurisdiction " + FieldReader.quote(assignment.grid())
                    + " does not exist")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidJurisdictionException("invalid assignment", errors);
        }
        sites.assign(assignment);
        directory.refresh();
        return assignment;
    }

    /** @throws AssignmentNotFoundException when the channel belongs nowhere */
    public void unassign(String channelId) {
        sites.unassign(channelId);
        directory.refresh();
    }
}
