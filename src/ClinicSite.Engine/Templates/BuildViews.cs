using ClinicSite.Engine.Markdown.Extensions.Callouts;
using System.Globalization;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Templates;

/// <summary>Builds the typed view model each layout receives, from the site model.</summary>
internal sealed class BuildViews(Site site, SiteView siteView)
{
    private static readonly Collection[] NavOrder = [Collection.Procedures, Collection.Specialists, Collection.Checklists, Collection.Risks];

    public PageView For(Page page)
    {
        var meta = page.Meta;
        var crumbs = Breadcrumbs(page);
        return new PageView
        {
            Site = siteView,
            Kind = LayoutName(page.Kind),
            Title = meta.Title,
            FullTitle = page.Kind == PageKind.Home ? $"{site.Data.Clinic.Name} — {site.Data.Clinic.Tagline}" : $"{meta.Title} — {site.Data.Clinic.Name}",
            Summary = meta.Summary,
            Url = page.Url,
            CanonicalUrl = site.Data.BaseUrl.TrimEnd('/') + page.Url,
            Sections = NavOrder.Select(c => site.SectionIndex(c)).OfType<Page>()
                .Select(s => new NavItem(s.Title, s.Url, s == page ? "page" : s.Collection == page.Collection ? "true" : null)).ToList(),
            Breadcrumbs = crumbs.Select((c, i) => new NavItem(c.Title, c.Url, i == crumbs.Count - 1 ? "page" : null)).ToList(),
            Content = page.Markdown.Body,
            JsonLd = StructuredData.For(page, site, crumbs),
            Reviewed = Human(meta.Reviewed),
            ReviewedIso = Iso(meta.Reviewed),
            NextReview = Human(meta.NextReview),
            NextReviewIso = Iso(meta.NextReview),
            ReviewerName = page.Reviewer?.Name ?? meta.ReviewedBy,
            ReviewerCredentials = page.Reviewer?.Credentials ?? string.Empty,
            Sources = meta.Sources.Select(s => new SourceView(s.Title, s.Publisher, s.Url)).ToList(),
            Contents = page.Kind is PageKind.Procedure or PageKind.Page or PageKind.Faq && page.Markdown.Headings.Count(h => h.Level == 2) >= 3 ? page.Markdown.Headings.Where(h => h.Level == 2).ToList() : [],
            Procedure = page.Meta is ProcedureMeta p ? Procedure(page, p) : null,
            Risk = page.Meta is RiskMeta r ? Risk(page, r) : null,
            Specialist = page.Meta is SpecialistMeta s ? new SpecialistView(s.Training, s.Treats, s.PerformsInjections, Links(page.Performs), Links(page.CaresFor)) : null,
            Groups = page.Kind == PageKind.Section ? Groups(page.Collection) : [],
            Featured = page.Kind is PageKind.Home or PageKind.NotFound ? Featured() : [],
            Collections = page.Kind is PageKind.Home or PageKind.NotFound ? Collections() : [],
            Letters = page.Kind == PageKind.Glossary ? Letters() : [],
            AzLetters = page.Kind == PageKind.Search ? AzLetters() : [],
            UsesScript = page.Kind == PageKind.Checklist && siteView.ScriptUrl is not null,
            ShowWhenToGetHelp = page.Kind == PageKind.Procedure || page.Meta is ChecklistMeta { WhenToGetHelp: true },
        };
    }

    public static string LayoutName(PageKind kind) => kind == PageKind.NotFound ? "404" : kind.ToString().ToLowerInvariant();

    private List<(string Title, string Url)> Breadcrumbs(Page page)
    {
        var home = site.Home;
        var crumbs = new List<(string, string)> { ("Home", "/") };
        if (page.Kind == PageKind.Home || home is null)
        {
            return page.Kind == PageKind.Home ? crumbs : [];
        }

        if (page.Collection != Collection.Pages && !page.Source.IsSectionIndex && site.SectionIndex(page.Collection) is { } section)
        {
            crumbs.Add((section.Title, section.Url));
        }

        crumbs.Add((page.Title, page.Url));
        return crumbs;
    }

    private ProcedureView Procedure(Page page, ProcedureMeta meta) => new()
    {
        Purpose = meta.Purpose switch
        {
            Purpose.Diagnostic => "A test: to find the source of your pain",
            Purpose.Therapeutic => "Treatment: to ease your pain",
            _ => "Both a test and a treatment: to find the source of your pain and to ease it",
        },
        Guidance = string.Join(" or ", meta.Guidance.Distinct().Select(g => g == Guidance.Fluoroscopy ? "Fluoroscopy (live X-ray)" : "Ultrasound")),
        BodyLocation = meta.BodyLocation,
        Anesthesia = meta.Anesthesia,
        TimeOnDay = meta.TimeOnDay,
        GoingHome = meta.GoingHome,
        ReliefStarts = meta.ReliefStarts,
        ReliefLasts = meta.ReliefLasts,
        Conditions = meta.Conditions.Where(site.Data.Conditions.ContainsKey)
            .Select(id => new NavItem(site.Data.Conditions[id], $"{site.SectionIndex(Collection.Procedures)?.Url ?? "/"}#{ConditionId(id)}", null)).ToList(),
        Risks = page.Risks.Select(r => RiskLink(r, meta)).ToList(),
        PerformedBy = Links(page.PerformedBy),
        CareTeam = Links(page.CareTeam.Except(page.PerformedBy)),
        Checklists = Links(page.Checklists),
        Related = Links(page.Related),
    };

    // A procedure's own note on a risk replaces the risk page's summary and frequency in its list.
    private static LinkView RiskLink(Page risk, ProcedureMeta procedure) =>
        procedure.RiskNotes.TryGetValue(risk.Source.Slug, out var note)
            ? new LinkView(risk.Title, risk.Url, note.Note, FrequencyLabel(note.Frequency))
            : new LinkView(risk.Title, risk.Url, risk.Meta.Summary, risk.Meta is RiskMeta rm ? FrequencyLabel(rm.Frequency) : null);

    /// <summary>The clinic's "When to get help" advice as callout levels, most urgent first, labelled as callouts are.</summary>
    public static WhenToGetHelpView HelpView(WhenToGetHelp help)
    {
        ArgumentNullException.ThrowIfNull(help);
        return new WhenToGetHelpView(help.Note, [Level("emergency", help.Emergency), Level("urgent", help.Urgent), Level("non-urgent", help.NonUrgent)]);

        static HelpLevelView Level(string kind, HelpLevel level)
        {
            var (label, icon) = Callouts.Kinds[kind];
            return new HelpLevelView(kind, label, icon, level.Action, level.Signs);
        }
    }

    private static RiskView Risk(Page page, RiskMeta meta)
    {
        var level = Names.KebabCase(meta.Urgency.ToString());
        var (label, icon) = Callouts.Kinds[level];
        return new RiskView
        {
            Frequency = Names.KebabCase(meta.Frequency.ToString()),
            FrequencyLabel = FrequencyLabel(meta.Frequency),
            FrequencyText = meta.Frequency switch
            {
                Frequency.Rare => "This is rare.",
                Frequency.Uncommon => "This is uncommon.",
                Frequency.Common => "This is common.",
                Frequency.Expected => "This is expected.",
                _ => "We do not know exactly how often this happens.",
            },
            WarningSigns = meta.WarningSigns,
            Urgency = level,
            UrgencyLabel = label,
            UrgencyIcon = icon,
            GetHelp = meta.GetHelp,
            Procedures = Links(page.UsedBy),
        };
    }

    private IReadOnlyList<GroupView> Groups(Collection collection)
    {
        var members = site.Sections.TryGetValue(collection, out var list) ? list : [];
        var allTitle = "All " + (site.SectionIndex(collection)?.Title.ToLowerInvariant() ?? "pages");
        switch (collection)
        {
            case Collection.Procedures:
                // Every procedure is listed once with its summary; the groupings below repeat only the titles.
                var withPurpose = new GroupView(allTitle, "all", null, members.Select(p => new LinkView(p.Title, p.Url, p.Meta.Summary, p.Meta is ProcedureMeta pm ? PurposeNote(pm.Purpose) : null)).ToList());
                var byCondition = site.Data.Conditions
                    .OrderBy(c => c.Value, StringComparer.OrdinalIgnoreCase)
                    .Select(c => new GroupView(c.Value, ConditionId(c.Key), null, Links(members.Where(p => p.Meta is ProcedureMeta pm && pm.Conditions.Contains(c.Key)))) { Compact = true })
                    .Where(g => g.Items.Count > 0).ToList();
                var byPurpose = Enum.GetValues<Purpose>()
                    .Select(p => new GroupView(PurposeHeading(p), "purpose-" + Names.KebabCase(p.ToString()), null, Links(members.Where(m => m.Meta is ProcedureMeta pm && pm.Purpose == p))) { Compact = true })
                    .Where(g => g.Items.Count > 0).ToList();
                return
                [
                    withPurpose,
                    new GroupView("By the condition they treat", "by-condition", "A procedure that may help with more than one condition is listed under each.", []) { Subgroups = byCondition },
                    new GroupView("By purpose", "by-purpose", "Some procedures find where pain comes from, some ease it, and some do both.", []) { Subgroups = byPurpose },
                ];
            case Collection.Risks:
                return [.. new[] { Frequency.Expected, Frequency.Common, Frequency.Uncommon, Frequency.Rare, Frequency.Unknown }
                    .Select(f => new GroupView(FrequencyHeading(f), "frequency-" + Names.KebabCase(f.ToString()), FrequencyIntro(f), Links(members.Where(m => m.Meta is RiskMeta rm && rm.Frequency == f))))
                    .Where(g => g.Items.Count > 0)];
            default:
                return [new GroupView(allTitle, "all", null, Links(members))];
        }
    }

    private List<LinkView> Collections() =>
        NavOrder.Select(c => site.SectionIndex(c)).OfType<Page>().Select(s => new LinkView(s.Title, s.Url, s.Meta.Summary)).ToList();

    private List<GlossaryLetterView> Letters() =>
        site.Glossary
            .OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase)
            .GroupBy(g => char.ToUpperInvariant(g.Term.TrimStart()[0]).ToString())
            .Select(g => new GlossaryLetterView(g.Key, "letter-" + g.Key.ToLowerInvariant(), g.Select(t => new GlossaryTermView(t.Term, GlossaryIds.IdFor(t.Term), t.Definition)).ToList()))
            .ToList();

    private List<AzLetterView> AzLetters() =>
        site.Pages
            .Where(p => p.Kind is not (PageKind.Search or PageKind.NotFound))
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Url, StringComparer.Ordinal)
            .GroupBy(p => char.ToUpperInvariant(p.Title.TrimStart()[0]).ToString())
            .Select(g => new AzLetterView(g.Key, "pages-" + g.Key.ToLowerInvariant(), g.Select(p => new LinkView(p.Title, p.Url, p.Meta.Summary, Search.BuildSearchIndex.SectionName(p))).ToList()))
            .ToList();

    private static string ConditionId(string conditionKey) => "condition-" + conditionKey;

    private List<LinkView> Featured() =>
        Links(site.Sections.TryGetValue(Collection.Procedures, out var procedures) ? procedures.Where(p => p.Meta is ProcedureMeta { Featured: true }) : []);

    private static List<LinkView> Links(IEnumerable<Page> pages) =>
        pages.Select(p => new LinkView(p.Title, p.Url, p.Meta.Summary)).ToList();

    private static string FrequencyLabel(Frequency frequency) => frequency switch
    {
        Frequency.Rare => "Rare",
        Frequency.Uncommon => "Uncommon",
        Frequency.Common => "Common",
        Frequency.Expected => "Expected",
        _ => "How often is not known",
    };

    private static string FrequencyHeading(Frequency frequency) => frequency switch
    {
        Frequency.Common => "Common",
        Frequency.Uncommon => "Uncommon",
        Frequency.Rare => "Rare",
        Frequency.Expected => "Expected",
        _ => "How often is not known",
    };

    private static string FrequencyIntro(Frequency frequency) => frequency switch
    {
        Frequency.Common => "These are common.",
        Frequency.Uncommon => "These are uncommon.",
        Frequency.Rare => "These are rare. They are listed so you know the signs to watch for.",
        Frequency.Expected => "These are expected with some procedures.",
        // The one statement about rarity the sources support: they call complications rare as a group, never one by one.
        _ => "We do not know exactly how often each of these happens. Taken as a group, serious problems after spinal injections are rare.",
    };

    private static string PurposeNote(Purpose purpose) => purpose switch
    {
        Purpose.Diagnostic => "Finds the cause",
        Purpose.Therapeutic => "Eases pain",
        _ => "Finds the cause and eases pain",
    };

    private static string PurposeHeading(Purpose purpose) => purpose switch
    {
        Purpose.Diagnostic => "To find the source of pain",
        Purpose.Therapeutic => "To ease pain",
        _ => "To find the source of pain and ease it",
    };

    private static string Human(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
