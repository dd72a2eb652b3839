namespace ClinicSite.Engine.Diagnostics;

/// <summary>Every diagnostic code the build can report. Codes never change meaning; new ones are appended.</summary>
public static class Codes
{
    public static readonly DiagnosticCode Encoding = new("CLS001", "File is not valid UTF-8 text", "Save the file as UTF-8 (without UTF-16 or other encodings).");
    public static readonly DiagnosticCode FrontMatterMissing = new("CLS002", "Front matter missing or not closed", "Start the file with a line '---', the YAML fields, then another line '---'.");
    public static readonly DiagnosticCode YamlSyntax = new("CLS003", "YAML syntax error", "Fix the YAML at the position shown: indent with spaces (not tabs), one key per line, no duplicate keys.");
    public static readonly DiagnosticCode UnknownKey = new("CLS004", "Unknown front-matter key", "Remove the key or correct its spelling; the message lists the allowed keys.");
    public static readonly DiagnosticCode MissingKey = new("CLS005", "Required front-matter key missing", "Add the key; see the README for each collection's fields.");
    public static readonly DiagnosticCode WrongType = new("CLS006", "Front-matter value has the wrong shape", "Use a list (- item) where a list is expected and a single value where one is expected.");
    public static readonly DiagnosticCode InvalidValue = new("CLS007", "Front-matter value is not allowed", "Use one of the allowed values shown, or a date as YYYY-MM-DD.");
    public static readonly DiagnosticCode SummaryTooLong = new("CLS008", "Summary longer than 160 characters", "Shorten the summary to one sentence of at most 160 characters.");
    public static readonly DiagnosticCode ReviewDates = new("CLS009", "Review dates out of order", "Set next_review after reviewed, at most 3 years later.");
    public static readonly DiagnosticCode UnknownReviewer = new("CLS010", "Unknown reviewer", "Use an id listed under reviewers: in input/_data/site.yml.");
    public static readonly DiagnosticCode BadFileName = new("CLS011", "File name is not a valid slug", "Rename the file to lowercase letters, digits and hyphens, e.g. facet-joint-injection.md.");
    public static readonly DiagnosticCode UnknownReference = new("CLS012", "Cross-reference to an unknown page", "Use the slug (file name without .md) of an existing page in the right collection.");
    public static readonly DiagnosticCode DuplicateUrl = new("CLS013", "Two pages map to the same URL", "Rename or remove one of the pages.");
    public static readonly DiagnosticCode RawHtml = new("CLS014", "Raw HTML in Markdown", "Write Markdown instead of HTML tags; use a callout (::: note) for boxes.");
    public static readonly DiagnosticCode MissingPage = new("CLS015", "Link to a missing page", "Link to an existing .md file, relative to this file, e.g. ../risks/bleeding.md.");
    public static readonly DiagnosticCode MissingAnchor = new("CLS016", "Link to a missing heading", "Use the id of an existing heading: its text in lowercase with hyphens for spaces.");
    public static readonly DiagnosticCode UnsafeLink = new("CLS017", "Unsafe or unsupported link", "Link to a page (.md), an https:// address, mailto: or tel:. javascript: and data: links are not allowed.");
    public static readonly DiagnosticCode UnknownCallout = new("CLS018", "Unknown callout kind", "Use one of: note, tip, non-urgent, urgent, emergency.");
    public static readonly DiagnosticCode ImageAlt = new("CLS019", "Image without alt text", "Describe the image in the brackets: ![what it shows](file.png).");
    public static readonly DiagnosticCode MissingFile = new("CLS020", "Link or image to a missing file", "Add the file next to the page or correct the path.");
    public static readonly DiagnosticCode SiteData = new("CLS021", "Problem in a data file", "Fix the data file (input/_data/*.yml) at the position shown.");
    public static readonly DiagnosticCode Template = new("CLS022", "Problem in a theme template", "Fix the template at the position shown, or add the missing layout to theme/layouts/.");
    public static readonly DiagnosticCode SelfReference = new("CLS023", "Page refers to itself", "Remove the page's own slug from its list.");
    public static readonly DiagnosticCode EmptyPage = new("CLS024", "Page has no content", "Write the page's text below the front matter.");
    public static readonly DiagnosticCode FileTooLarge = new("CLS025", "File too large", "Split the page; pages are limited to 1 MB.");
    public static readonly DiagnosticCode OutsideInput = new("CLS026", "Link leaves the input folder", "Link only to pages inside input/.");
    public static readonly DiagnosticCode TooDeep = new("CLS027", "Nested too deeply", "Nest lists, quotes, callouts and YAML values only a few levels deep.");
    public static readonly DiagnosticCode NotAPerformer = new("CLS028", "Listed as a performer but does not give injections", "Move the slug from performed_by to care_team, or list a specialist whose page says performs_injections: true.");
    public static readonly DiagnosticCode RiskNoteNotListed = new("CLS029", "Risk note for a risk the procedure does not list", "Use a slug that is in the procedure's risks: list, or add the risk to risks:.");

    public static readonly DiagnosticCode BrokenLink = new("CLS030", "Built page links to a missing file", "Fix the link in the page or template that produced it.");
    public static readonly DiagnosticCode BrokenFragment = new("CLS031", "Built page links to a missing #anchor", "Link to an id that exists on the target page.");
    public static readonly DiagnosticCode H1Count = new("CLS032", "Page must have exactly one h1", "Start body headings at ## (the title is the only h1).");
    public static readonly DiagnosticCode HeadingOrder = new("CLS033", "Heading level skipped", "Use heading levels in order: ## then ###, never ## then ####.");
    public static readonly DiagnosticCode HtmlLang = new("CLS035", "Page has no lang attribute", "Set language: in site.yml and keep lang on <html> in theme/layouts/base.sbn-html.");
    public static readonly DiagnosticCode Title = new("CLS036", "Page title missing or not unique", "Give every page its own title.");
    public static readonly DiagnosticCode Canonical = new("CLS037", "Page has no canonical link", "Keep <link rel=\"canonical\"> in theme/layouts/base.sbn-html.");
    public static readonly DiagnosticCode DuplicateId = new("CLS038", "Duplicate id on a page", "Give each heading on a page different text.");

    public static readonly DiagnosticCode ReviewDue = new("CLS040", "Review date has passed", "Review the page, then update reviewed and next_review.");
    public static readonly DiagnosticCode ReviewOverdue = new("CLS041", "Review long overdue", "Review the page now, then update reviewed and next_review.");
    public static readonly DiagnosticCode Readability = new("CLS042", "Page is harder to read than the target grade", "Use shorter sentences and common words; the message lists the hardest sentences.");
    public static readonly DiagnosticCode Placeholder = new("CLS043", "Placeholder text left in a page", "Replace every TODO placeholder written by 'new'.");

    public static readonly DiagnosticCode Io = new("CLS050", "File system error", "Check that the folders exist and are writable.");
    public static readonly DiagnosticCode UnsafeOutput = new("CLS051", "Output folder is not ClinicSite's to replace", "Build into an empty folder or one ClinicSite made (output/ by default), outside input/ and theme/; move away any files you put in it.");

    /// <summary>All codes in order, for documentation and tests.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } = typeof(Codes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticCode))
        .Select(f => (DiagnosticCode)f.GetValue(null)!)
        .OrderBy(c => c.Id, StringComparer.Ordinal)
        .ToList();
}
