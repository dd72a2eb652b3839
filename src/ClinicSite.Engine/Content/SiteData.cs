namespace ClinicSite.Engine.Content;

/// <summary>input/_data/site.yml: clinic identity, base URL, reviewers, conditions, navigation, headers and redirects.</summary>
public sealed record SiteData
{
    [Help("true: the clinic is fictional and the site says so.")]
    public required bool Example { get; init; }

    [Help("BCP 47 language tag for <html lang>, e.g. en-US.")]
    public required string Language { get; init; }

    [Help("Public https:// address of the site, without a trailing slash.")]
    public required string BaseUrl { get; init; }

    public required ClinicInfo Clinic { get; init; }

    [Help("The clinic's own after-care safety advice, in three levels, shown on every procedure page.")]
    public required WhenToGetHelp WhenToGetHelp { get; init; }

    [Help("People or teams who review pages, by id.")]
    public required IReadOnlyDictionary<string, Reviewer> Reviewers { get; init; }

    [Help("Conditions procedures treat, id: display name.")]
    public required IReadOnlyDictionary<string, string> Conditions { get; init; }

    [Help("Extra footer links: title and page (path of a .md file in input/).")]
    public IReadOnlyList<NavLink> Footer { get; init; } = [];

    [Help("HTTP headers for Netlify's _headers, by path pattern.")]
    public IReadOnlyList<HeaderRule> Headers { get; init; } = [];

    [Help("Redirects for Netlify's _redirects.")]
    public IReadOnlyList<Redirect> Redirects { get; init; } = [];

    public ReviewPolicy Review { get; init; } = new();

    public ReadabilityPolicy Readability { get; init; } = new();

    [Help("Colour for the browser UI (theme-color), e.g. #0b5563.")]
    public string ThemeColor { get; init; } = "#0b5563";
}

/// <summary>Who the clinic is.</summary>
public sealed record ClinicInfo
{
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string Tagline { get; init; }
    public required string Description { get; init; }
    public required string Phone { get; init; }
    public required string Email { get; init; }
    public required string Address { get; init; }
    public required string Hours { get; init; }
    public required string Emergency { get; init; }
}

/// <summary>
/// The clinic's "When to get help" advice after any injection, defined once and shown on every procedure page. The
/// sources give no warning signs, so this is the clinic's own guidance, which its clinicians must approve.
/// </summary>
public sealed record WhenToGetHelp
{
    [Help("Says plainly whose advice this is and that the clinic's clinicians must approve it.")]
    public required string Note { get; init; }

    [Help("Signs to call the local emergency number for.")]
    public required HelpLevel Emergency { get; init; }

    [Help("Signs to get help the same day for.")]
    public required HelpLevel Urgent { get; init; }

    [Help("Things to raise with the clinic when it suits you.")]
    public required HelpLevel NonUrgent { get; init; }
}

/// <summary>One level of the "When to get help" advice: what to do, and the signs that call for it.</summary>
public sealed record HelpLevel
{
    [Help("What to do, as the start of a sentence the signs finish, e.g. 'Call your local emergency number now if you have:'.")]
    public required string Action { get; init; }

    [Help("The signs, one short line each.")]
    public required IReadOnlyList<string> Signs { get; init; }
}

/// <summary>A reviewer shown on pages: a role or team in the example data, never a person.</summary>
public sealed record Reviewer
{
    public required string Name { get; init; }
    public required string Credentials { get; init; }
}

/// <summary>A link in the footer.</summary>
public sealed record NavLink
{
    public required string Title { get; init; }
    public required string Page { get; init; }
}

/// <summary>Headers applied to a path pattern.</summary>
public sealed record HeaderRule
{
    public required string For { get; init; }
    public required IReadOnlyDictionary<string, string> Values { get; init; }
}

/// <summary>A redirect from an old path to a new one.</summary>
public sealed record Redirect
{
    public required string From { get; init; }
    public required string To { get; init; }
    public int Status { get; init; } = 301;
}

/// <summary>When reviews are due: warn when passed, error when long overdue.</summary>
public sealed record ReviewPolicy
{
    [Help("Days past next_review after which the build fails.")]
    public int OverdueErrorDays { get; init; } = 90;

    [Help("Days ahead the build summary counts pages coming due.")]
    public int DueSoonDays { get; init; } = 30;

    [Help("Longest allowed gap between reviewed and next_review, in years.")]
    public int MaxYears { get; init; } = 3;
}

/// <summary>The reading level pages should meet.</summary>
public sealed record ReadabilityPolicy
{
    [Help("Highest Flesch-Kincaid grade before a warning.")]
    public double TargetGrade { get; init; } = 8;
}

/// <summary>One glossary entry from input/_data/glossary.yml.</summary>
public sealed record GlossaryEntry
{
    public required string Term { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    [Help("Everyday words patients may search for instead (e.g. shot, numbing medicine). Search only: they are not linked.")]
    public IReadOnlyList<string> AlsoCalled { get; init; } = [];
    public required string Definition { get; init; }
}
