using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Markdown;

namespace ClinicSite.Engine.Model;

/// <summary>Model stage: resolves slugs to pages both ways, checks reviewers, conditions, URLs and review dates.</summary>
internal sealed class BuildSiteModel(DiagnosticBag diagnostics, DateOnly today)
{
    private static readonly Collection[] Sectioned = [Collection.Procedures, Collection.Specialists, Collection.Checklists, Collection.Risks];

    public Site Run(SiteData data, IReadOnlyList<GlossaryEntry> glossary, IReadOnlyList<MarkdownPage> markdown, string inputDisplay)
    {
        var pages = markdown.Select(m => new Page(m, KindOf(m.Page))).ToList();
        CheckUrls(pages);

        var bySlug = pages.Where(p => !p.Source.IsSectionIndex)
            .GroupBy(p => (p.Collection, p.Source.Slug))
            .ToDictionary(g => g.Key, g => g.First());

        foreach (var page in pages)
        {
            ResolveCommon(page, data);
            if (page.Meta is ProcedureMeta procedure)
            {
                Resolve(page, procedure.Risks, Collection.Risks, "risks", page.Risks, bySlug);
                Resolve(page, procedure.PerformedBy, Collection.Specialists, "performed_by", page.PerformedBy, bySlug);
                Resolve(page, procedure.CareTeam, Collection.Specialists, "care_team", page.CareTeam, bySlug);
                Resolve(page, procedure.Checklists, Collection.Checklists, "checklists", page.Checklists, bySlug);
                Resolve(page, procedure.Related, Collection.Procedures, "related", page.Related, bySlug);
                ResolveConditions(page, procedure, data);
                CheckPerformers(page, procedure);
                CheckRiskNotes(page, procedure);
            }
        }

        foreach (var procedure in pages.Where(p => p.Kind == PageKind.Procedure).OrderBy(p => p.Title, StringComparer.Ordinal))
        {
            foreach (var target in procedure.Risks.Concat(procedure.PerformedBy).Concat(procedure.CareTeam).Concat(procedure.Checklists).Distinct())
            {
                target.UsedBy.Add(procedure);
            }

            foreach (var specialist in procedure.PerformedBy)
            {
                specialist.Performs.Add(procedure);
            }

            foreach (var specialist in procedure.CareTeam.Except(procedure.PerformedBy))
            {
                specialist.CaresFor.Add(procedure);
            }
        }

        foreach (var collection in Sectioned)
        {
            if (!pages.Any(p => p.Collection == collection && p.Source.IsSectionIndex))
            {
                diagnostics.Error(Codes.MissingKey, new SourceSpan($"{inputDisplay}/{PageAddress.Folder(collection)}/_index.md"), $"The section page is missing. Create {inputDisplay}/{PageAddress.Folder(collection)}/_index.md with front matter and a short introduction.");
            }
        }

        if (!pages.Any(p => p.Kind == PageKind.Home))
        {
            diagnostics.Error(Codes.MissingKey, new SourceSpan($"{inputDisplay}/index.md"), $"The home page is missing. Create {inputDisplay}/index.md with 'layout: home'.");
        }

        var sections = Sectioned.ToDictionary(
            c => c,
            c => (IReadOnlyList<Page>)pages.Where(p => p.Collection == c && !p.Source.IsSectionIndex)
                .OrderBy(p => p.Meta.Order).ThenBy(p => p.Title, StringComparer.Ordinal).ToList());

        var ordered = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        return new Site(data, glossary, ordered, sections);
    }

    internal static PageKind KindOf(ParsedPage page) => (page.Collection, page.IsSectionIndex, page.Meta) switch
    {
        (_, true, _) => PageKind.Section,
        (Collection.Procedures, _, _) => PageKind.Procedure,
        (Collection.Specialists, _, _) => PageKind.Specialist,
        (Collection.Checklists, _, _) => PageKind.Checklist,
        (Collection.Risks, _, _) => PageKind.Risk,
        (_, _, PlainPageMeta { Layout: PageLayout.Home }) => PageKind.Home,
        (_, _, PlainPageMeta { Layout: PageLayout.Faq }) => PageKind.Faq,
        (_, _, PlainPageMeta { Layout: PageLayout.Glossary }) => PageKind.Glossary,
        (_, _, PlainPageMeta { Layout: PageLayout.Search }) => PageKind.Search,
        _ when page.Slug == "404" => PageKind.NotFound,
        _ => PageKind.Page,
    };

    private void CheckUrls(List<Page> pages)
    {
        foreach (var group in pages.GroupBy(p => p.Url, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.Select(p => p.Source.File.DisplayPath).Order(StringComparer.Ordinal).ToList();
            foreach (var page in group)
            {
                var others = string.Join(", ", files.Where(f => f != page.Source.File.DisplayPath));
                diagnostics.Error(Codes.DuplicateUrl, new SourceSpan(page.Source.File.DisplayPath), $"This page and {others} would both be published at {group.Key}. Rename or remove one of them.");
            }
        }
    }

    private void ResolveCommon(Page page, SiteData data)
    {
        var meta = page.Meta;
        if (data.Reviewers.TryGetValue(meta.ReviewedBy, out var reviewer))
        {
            page.Reviewer = reviewer;
        }
        else
        {
            diagnostics.Error(Codes.UnknownReviewer, page.Source.Positions["reviewed_by"], $"reviewed_by is '{meta.ReviewedBy}', which is not listed under reviewers: in site.yml.{Suggest.Hint(meta.ReviewedBy, data.Reviewers.Keys)} Known reviewers: {string.Join(", ", data.Reviewers.Keys)}.");
        }

        if (meta.NextReview > meta.Reviewed.AddYears(data.Review.MaxYears))
        {
            diagnostics.Error(Codes.ReviewDates, page.Source.Positions["next_review"], $"next_review ({meta.NextReview:yyyy-MM-dd}) is more than {data.Review.MaxYears} years after reviewed ({meta.Reviewed:yyyy-MM-dd}). Health pages are reviewed at least every {data.Review.MaxYears} years.");
        }

        var overdue = today.DayNumber - meta.NextReview.DayNumber;
        if (overdue > data.Review.OverdueErrorDays)
        {
            diagnostics.Error(Codes.ReviewOverdue, page.Source.Positions["next_review"], $"The review was due on {meta.NextReview:yyyy-MM-dd}, {overdue} days ago (the limit is {data.Review.OverdueErrorDays}). Review the page, then update reviewed and next_review.");
        }
        else if (overdue > 0)
        {
            diagnostics.Warning(Codes.ReviewDue, page.Source.Positions["next_review"], $"The review was due on {meta.NextReview:yyyy-MM-dd}, {overdue} days ago. Review the page, then update reviewed and next_review.");
        }
    }

    private void Resolve(Page page, IReadOnlyList<string> slugs, Collection collection, string key, List<Page> into, Dictionary<(Collection, string), Page> bySlug)
    {
        for (var i = 0; i < slugs.Count; i++)
        {
            var slug = slugs[i];
            var span = page.Source.Positions[$"{key}[{i}]"];
            if (collection == page.Collection && slug == page.Source.Slug)
            {
                diagnostics.Error(Codes.SelfReference, span, $"'{key}' lists '{slug}', which is this page itself. Remove it.");
                continue;
            }

            if (bySlug.TryGetValue((collection, slug), out var target))
            {
                if (!into.Contains(target))
                {
                    into.Add(target);
                }

                continue;
            }

            var elsewhere = Sectioned.Where(c => c != collection && bySlug.ContainsKey((c, slug))).Select(PageAddress.Folder).FirstOrDefault();
            var candidates = bySlug.Keys.Where(k => k.Item1 == collection).Select(k => k.Item2);
            var message = elsewhere is not null
                ? $"'{key}' lists '{slug}', which is a page in {elsewhere}/, not in {PageAddress.Folder(collection)}/. Move it to the right list."
                : $"'{key}' lists '{slug}', which is not a page in {PageAddress.Folder(collection)}/.{Suggest.Hint(slug, candidates)}";
            diagnostics.Error(Codes.UnknownReference, span, message);
        }
    }

    // Only a specialist type whose page says it gives injections may be named as performing one (issue 15: a
    // physical therapist, primary care doctor or spine surgeon was shown under "Who performs it").
    private void CheckPerformers(Page page, ProcedureMeta procedure)
    {
        for (var i = 0; i < procedure.PerformedBy.Count; i++)
        {
            var slug = procedure.PerformedBy[i];
            var target = page.PerformedBy.FirstOrDefault(p => p.Source.Slug == slug);
            if (target?.Meta is SpecialistMeta { PerformsInjections: false })
            {
                diagnostics.Error(Codes.NotAPerformer, page.Source.Positions[$"performed_by[{i}]"], $"'performed_by' lists '{slug}', but {target.Source.File.DisplayPath} says performs_injections: false, so the page would tell patients they give the injection. Move '{slug}' to care_team, or set performs_injections: true on its page if the sources say they give injections.");
            }
        }
    }

    private void CheckRiskNotes(Page page, ProcedureMeta procedure)
    {
        foreach (var slug in procedure.RiskNotes.Keys)
        {
            if (!procedure.Risks.Contains(slug))
            {
                diagnostics.Error(Codes.RiskNoteNotListed, page.Source.Positions[$"risk_notes.{slug}"], $"'risk_notes' has a note for '{slug}', which is not in this page's risks: list, so the note would never show.{Suggest.Hint(slug, procedure.Risks)} Use one of: {string.Join(", ", procedure.Risks)}, or add '{slug}' to risks:.");
            }
        }
    }

    private void ResolveConditions(Page page, ProcedureMeta procedure, SiteData data)
    {
        for (var i = 0; i < procedure.Conditions.Count; i++)
        {
            var id = procedure.Conditions[i];
            if (data.Conditions.TryGetValue(id, out var name))
            {
                page.ConditionNames.Add(name);
            }
            else
            {
                diagnostics.Error(Codes.UnknownReference, page.Source.Positions[$"conditions[{i}]"], $"'conditions' lists '{id}', which is not under conditions: in site.yml.{Suggest.Hint(id, data.Conditions.Keys)}");
            }
        }
    }
}
