namespace ClinicSite.Bench.CorpusGenerator;

/// <summary>One of the four content collections, with its folder, slug prefix and fixed ## headings.</summary>
internal sealed record Collection(int Number, string Folder, string SlugPrefix, string SectionTitle, IReadOnlyList<string> Headings)
{
    public static readonly Collection Procedures = new(0, "procedures", "procedure", "Procedures",
    [
        "What it is and what it treats",
        "Finding the cause or easing the pain",
        "How imaging guides the needle",
        "On the day",
        "Afterwards and recovery",
        "When relief starts and how long it lasts",
        "Part of a wider plan",
    ]);

    public static readonly Collection Risks = new(1, "risks", "risk", "Risks",
    [
        "What it is",
        "How often it happens",
        "How we lower the risk",
        "What you can do at home",
        "Questions you might have",
    ]);

    public static readonly Collection Specialists = new(2, "specialists", "specialist", "Specialists",
    [
        "What they do",
        "Their training",
        "When you might see one",
        "Questions to ask about training",
        "Working with the rest of the team",
    ]);

    public static readonly Collection Checklists = new(3, "checklists", "checklist", "Checklists",
    [
        "A week or two before",
        "The day before",
        "On the day",
        "When you get home",
        "The next few days",
    ]);

    public static readonly IReadOnlyList<Collection> All = [Procedures, Risks, Specialists, Checklists];

    /// <summary>Heading id as the brief defines it: lowercase, spaces to hyphens, punctuation dropped.</summary>
    public static string HeadingId(string heading)
    {
        var chars = new List<char>(heading.Length);
        foreach (var c in heading.ToLowerInvariant())
        {
            if (c == ' ')
            {
                chars.Add('-');
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }
}
