namespace ClinicSite.Tests.Support;

/// <summary>The smallest valid site: home, one page of each collection, their section pages, site.yml and a glossary.</summary>
internal static class MinimalSite
{
    public static string Meta(string title, string extra = "", string summary = "A short summary of the page.") => $"""
        ---
        title: {title}
        summary: {summary}
        reviewed: 2026-01-10
        next_review: 2027-01-10
        reviewed_by: team
        sources:
          - title: "Spinal Injections"
            publisher: "Patient handout"
        {extra}
        ---

        """.Replace("\n\n---", "\n---", StringComparison.Ordinal);

    public const string SiteYml = """
        example: true
        language: en-US
        base_url: https://clinic.example.org
        clinic:
          name: Test Clinic
          short_name: Test
          tagline: Tests only
          description: A clinic for tests.
          phone: "000"
          email: test@example.org
          address: Nowhere
          hours: Never
          emergency: Call your local emergency number.
        reviewers:
          team:
            name: Test team
            credentials: Example role
        conditions:
          sciatica: Sciatica
        headers:
          - for: /*
            values:
              Content-Security-Policy: "default-src 'self'; frame-ancestors 'none'"
        redirects:
          - from: /old/
            to: /procedures/
            status: 301
        when_to_get_help:
          note: Test clinic's own advice.
          emergency:
            action: "Call your local emergency number now if you have:"
            signs: [Weakness in both legs]
          urgent:
            action: "Call us today if you have:"
            signs: [A fever]
          non_urgent:
            action: "Call us on a work day if:"
            signs: [The site is still sore]
        """;

    public const string ProcedureExtra = """
        purpose: both
        guidance: [fluoroscopy]
        body_location: Low back
        anesthesia: Numbing medicine
        time_on_day: A few minutes
        going_home: Same day
        relief_starts: Within a week
        relief_lasts: Weeks to months
        conditions: [sciatica]
        risks: [bleeding, infection]
        performed_by: [physiatrist]
        checklists: [before]
        region: spine
        """;

    public static IEnumerable<(string Path, string Text)> Files =>
    [
        ("_data/site.yml", SiteYml),
        ("_data/glossary.yml", "- term: Fluoroscopy\n  definition: A live X-ray video.\n"),
        ("index.md", Meta("Home", "layout: home") + "Welcome to the test clinic.\n"),
        ("glossary.md", Meta("Glossary", "layout: glossary") + "Words we use.\n"),
        ("procedures/_index.md", Meta("Procedures") + "All procedures.\n"),
        ("risks/_index.md", Meta("Risks") + "All risks.\n"),
        ("specialists/_index.md", Meta("Specialists") + "All specialists.\n"),
        ("checklists/_index.md", Meta("Checklists") + "All checklists.\n"),
        ("procedures/epidural.md", Meta("Epidural", ProcedureExtra) + "## What it is\n\nAn injection guided by fluoroscopy. See [bleeding](../risks/bleeding.md#what-it-is).\n"),
        ("risks/bleeding.md", Meta("Bleeding", "frequency: rare\nwarning_signs: [Swelling]\nurgency: urgent\nget_help: Call your doctor today.") + "## What it is\n\nSome bleeding.\n"),
        ("risks/infection.md", Meta("Infection", "frequency: rare\nwarning_signs: [Fever]\nurgency: urgent\nget_help: Call your doctor today.") + "## What it is\n\nAn infection.\n"),
        ("specialists/physiatrist.md", Meta("Physiatrist", "training: [Medical school, Residency]\ntreats: [Back pain]\nperforms_injections: true") + "## What they do\n\nThey help.\n"),
        ("checklists/before.md", Meta("Before your injection") + "## A week before\n\n- [ ] Write down your goal.\n- [ ] Ask your doctor about your medicines.\n"),
    ];
}
