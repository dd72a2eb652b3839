using System.Text;

namespace ClinicSite.Bench.CorpusGenerator;

/// <summary>Turns planned pages into Markdown files with front matter that follows the content brief's schema.</summary>
internal sealed class PageWriter(CorpusPlan plan, IReadOnlyList<string> conditionIds, int seed)
{
    public const int TargetWords = 770; // padding overshoots a little; pages land near 800 words
    private const int MaxSummary = 160;

    private static readonly string[] BodyLocations =
    [
        "Small joints at the back of the spine", "The space around the nerves in the low back",
        "Nerves at the back of the head", "The joint where the spine meets the pelvis",
        "A large joint such as the knee or hip", "Tight bands of muscle in the neck or back",
    ];

    private static readonly string[] Anesthesia =
    [
        "Numbing medicine for the skin", "Numbing medicine for the skin; light sedation is sometimes offered",
        "Numbing medicine for the skin; most people stay fully awake",
    ];

    private static readonly string[] TimeOnDay =
    [
        "The injection itself often takes only a few minutes", "Plan to be at the clinic for an hour or two",
        "The shot takes a few minutes; getting ready takes longer",
    ];

    private static readonly string[] GoingHome =
    [
        "Same day, after a short time being watched", "Same day; you need a ride if you had sedation",
        "Same day, once the team is happy you are well",
    ];

    private static readonly string[] ReliefStarts =
    [
        "The numbing medicine may work at once", "Relief often builds over a few days",
        "It varies; some people notice a change within days",
    ];

    private static readonly string[] ReliefLasts =
    [
        "Varies from person to person", "Varies from person to person; weeks to months",
        "It depends on the cause of your pain",
    ];

    private static readonly string[] Purposes = ["diagnostic", "therapeutic", "both"];

    private static readonly string[] Guidance = ["[fluoroscopy]", "[ultrasound]", "[fluoroscopy, ultrasound]"];

    private static readonly string[] Frequencies = ["rare", "uncommon", "common", "unknown"];

    private static readonly string[] Urgencies = ["non-urgent", "urgent", "emergency"];

    private static readonly string[] WarningSigns =
    [
        "Fever or chills", "Redness, warmth or pus where the needle went in", "New weakness or numbness",
        "Pain that gets much worse", "A bad headache when you sit or stand", "Trouble passing urine",
        "Swelling of the face or lips", "Trouble breathing",
    ];

    private static readonly string[] Training =
    [
        "College degree", "Medical school", "Residency training", "Fellowship training in pain medicine",
        "Board certification", "Ongoing study each year",
    ];

    private static readonly string[] Treats =
        ["Back pain", "Neck pain", "Nerve pain", "Joint pain", "Muscle pain", "Pain after surgery", "Headache"];

    private static readonly string[] LinkSentences =
    [
        "Read about [{0}]({1}) to learn more.", "See [{0}]({1}) for more detail.",
        "The page on [{0}]({1}) may also help.", "You can compare this with [{0}]({1}).",
    ];

    public string Write(PlannedPage page)
    {
        // Each page has its own seeded Random, so one page's text does not depend on how many pages came before it.
        var random = new Random(unchecked((seed * 1_000_003) + (page.Collection.Number * 100_003) + page.Index));
        var front = new StringBuilder();
        front.Append("---\n");
        Common(front, page.Title, Summary(page));
        if (page.Collection == Collection.Procedures)
        {
            ProcedureKeys(front, page, random);
        }
        else if (page.Collection == Collection.Risks)
        {
            RiskKeys(front, random);
        }
        else if (page.Collection == Collection.Specialists)
        {
            SpecialistKeys(front, random);
        }
        else
        {
            front.Append("order: ").Append(page.Index + 1).Append('\n');
        }

        Sources(front);
        front.Append("---\n\n");
        var body = page.Collection == Collection.Checklists ? ChecklistBody(page, random) : ProseBody(page, random);
        return front + body.ToString();
    }

    public static string WriteSectionIndex(Collection collection, PlannedPage first)
    {
        var front = new StringBuilder("---\n");
        Common(front, collection.SectionTitle, $"All the sample {collection.Folder} in the benchmark corpus, listed in one place.");
        Sources(front);
        front.Append("---\n\n");
        front.Append("This section lists every sample page of this kind. Start with [")
            .Append(char.ToLowerInvariant(first.Title[0])).Append(first.Title[1..]).Append("](").Append(first.Slug)
            .Append(".md) if you are not sure where to begin.\n");
        return front.ToString();
    }

    public static string WriteHome()
    {
        var front = new StringBuilder("---\n");
        Common(front, "Example Spine and Joint Clinic", "A generated sample site used to measure how fast the site builds.");
        front.Append("layout: home\n");
        Sources(front);
        front.Append("---\n\n");
        front.Append("This is a generated sample site for timing the build. It is not medical advice.\n\n");
        front.Append("Browse the [procedures](procedures/_index.md), the [risks](risks/_index.md), the ")
            .Append("[specialists](specialists/_index.md) and the [checklists](checklists/_index.md).\n");
        return front.ToString();
    }

    /// <summary>A short root page standing in for one the site data links to (footer pages, the glossary).</summary>
    public static string WriteStandIn(string slug, bool glossary)
    {
        var front = new StringBuilder("---\n");
        var title = char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');
        Common(front, title, "A stand-in page that the site data links to, written for the build benchmark.");
        if (glossary)
        {
            front.Append("layout: glossary\n");
        }

        Sources(front);
        front.Append("---\n\n");
        front.Append("This page stands in for the real one in the benchmark corpus.\n\n")
            .Append("## What this page is for\n\n")
            .Append("The site data links here, so the page has to exist. It holds no real facts.\n\n")
            .Append("## Where to go next\n\n")
            .Append("Go back to the [home page](index.md) or browse the [procedures](procedures/_index.md).\n");
        return front.ToString();
    }

    private static void Common(StringBuilder front, string title, string summary)
    {
        if (summary.Length > MaxSummary)
        {
            throw new InvalidOperationException($"Summary longer than {MaxSummary} characters: {summary}");
        }

        front.Append("title: ").Append(Quote(title)).Append('\n')
            .Append("summary: ").Append(Quote(summary)).Append('\n')
            .Append("reviewed: 2026-11-15\n")
            // Three years (the build's maximum) rather than the brief's one, so the corpus stays free of
            // review-due warnings and overdue errors for longer; bump both dates if it ever goes stale.
            .Append("next_review: 2029-11-15\n")
            .Append("reviewed_by: clinical-content-team\n");
    }

    private static void Sources(StringBuilder front) =>
        front.Append("sources:\n")
            .Append("  - title: \"Spinal Injections\"\n")
            .Append("    publisher: \"Patient handout\"\n");

    private static string Summary(PlannedPage page) =>
        $"A sample page about {char.ToLowerInvariant(page.Title[0])}{page.Title[1..]}, written to measure how fast the site builds.";

    private void ProcedureKeys(StringBuilder front, PlannedPage page, Random random)
    {
        front.Append("purpose: ").Append(Pick(Purposes, random)).Append('\n')
            .Append("guidance: ").Append(Pick(Guidance, random)).Append('\n')
            .Append("body_location: ").Append(Quote(Pick(BodyLocations, random))).Append('\n')
            .Append("anesthesia: ").Append(Quote(Pick(Anesthesia, random))).Append('\n')
            .Append("time_on_day: ").Append(Quote(Pick(TimeOnDay, random))).Append('\n')
            .Append("going_home: ").Append(Quote(Pick(GoingHome, random))).Append('\n')
            .Append("relief_starts: ").Append(Quote(Pick(ReliefStarts, random))).Append('\n')
            .Append("relief_lasts: ").Append(Quote(Pick(ReliefLasts, random))).Append('\n')
            .Append("conditions: ").Append(FlowList(Distinct(conditionIds, random.Next(1, 4), random))).Append('\n')
            .Append("risks: ").Append(FlowList(page.Risks.Select(p => p.Slug))).Append('\n')
            .Append("region: spine\n")
            // Every generated specialist says performs_injections: true, so any of them may be listed here.
            .Append("performed_by: ").Append(FlowList(page.Specialists.Select(p => p.Slug))).Append('\n')
            .Append("checklists: ").Append(FlowList(page.Checklists.Select(p => p.Slug))).Append('\n');
        if (page.Related.Count > 0)
        {
            front.Append("related: ").Append(FlowList(page.Related.Select(p => p.Slug))).Append('\n');
        }

        if (page.Featured)
        {
            front.Append("featured: true\n");
        }
    }

    private static void RiskKeys(StringBuilder front, Random random)
    {
        var urgency = Pick(Urgencies, random);
        front.Append("frequency: ").Append(Pick(Frequencies, random)).Append('\n');
        front.Append("warning_signs:\n");
        foreach (var sign in Distinct(WarningSigns, random.Next(2, 5), random))
        {
            front.Append("  - ").Append(Quote(sign)).Append('\n');
        }

        front.Append("urgency: ").Append(urgency).Append('\n');
        var help = urgency switch
        {
            "emergency" => "Call your local emergency number if you notice any of these signs.",
            "urgent" => "Call your doctor today if you notice any of these signs.",
            _ => "Talk to your doctor at your next visit if you notice any of these signs.",
        };
        front.Append("get_help: ").Append(Quote(help)).Append('\n');
    }

    private static void SpecialistKeys(StringBuilder front, Random random)
    {
        front.Append("performs_injections: true\n");
        var start = random.Next(2);
        front.Append("training:\n");
        foreach (var step in Training.Skip(start).Take(random.Next(3, 5)))
        {
            front.Append("  - ").Append(Quote(step)).Append('\n');
        }

        front.Append("treats:\n");
        foreach (var item in Distinct(Treats, random.Next(2, 5), random))
        {
            front.Append("  - ").Append(Quote(item)).Append('\n');
        }
    }

    private MarkdownBody ProseBody(PlannedPage page, Random random)
    {
        var body = new MarkdownBody();
        var headings = page.Collection.Headings;
        var subHeadings = Filler.ShuffledSubHeadings(random);
        var links = LinksBySection(page, headings.Count, random);
        var listAt = random.Next(headings.Count);
        var tableAt = random.Next(headings.Count);
        var subAt = Distinct(Enumerable.Range(0, headings.Count).ToList(), 2, random);
        var calloutAt = random.Next(3) == 0 ? random.Next(headings.Count) : -1;

        body.Paragraph(Sentences(3, random));
        var budget = (TargetWords - body.Words) / headings.Count;
        for (var s = 0; s < headings.Count; s++)
        {
            var start = body.Words;
            body.Heading(2, headings[s]);
            body.Paragraph([.. Sentences(random.Next(3, 6), random), .. links[s]]);
            if (s == listAt)
            {
                body.Paragraph(["A few points to keep in mind:"]);
                body.Bullets(Enumerable.Range(0, random.Next(3, 6)).Select(_ => Filler.Item(random)));
            }

            if (s == tableAt)
            {
                body.Table("| Step | What happens | How long |", Enumerable.Range(0, random.Next(3, 6)).Select(_ => Filler.TableRow(random)));
            }

            if (s == calloutAt)
            {
                body.Callout("note", Sentences(2, random));
            }

            if (subAt.Contains(s))
            {
                body.Heading(3, subHeadings.Dequeue());
                body.Paragraph(Sentences(random.Next(2, 5), random));
            }

            Pad(body, start + budget, random);
        }

        if (page.Collection == Collection.Procedures)
        {
            body.Paragraph(["Before you decide, read about the risks and the checklists listed on this page."]);
        }

        return body;
    }

    private MarkdownBody ChecklistBody(PlannedPage page, Random random)
    {
        var body = new MarkdownBody();
        var headings = page.Collection.Headings;
        var subHeadings = Filler.ShuffledSubHeadings(random);
        var tasks = Filler.ShuffledTasks(random);
        var links = LinksBySection(page, headings.Count, random);
        var tableAt = random.Next(headings.Count);
        var subAt = random.Next(headings.Count);
        var calloutAt = random.Next(3) == 0 ? random.Next(headings.Count) : -1;

        body.Paragraph(Sentences(2, random));
        var budget = (TargetWords - body.Words) / headings.Count;
        for (var s = 0; s < headings.Count; s++)
        {
            var start = body.Words;
            body.Heading(2, headings[s]);
            body.Paragraph([.. Sentences(2, random), .. links[s]]);
            body.Tasks(Enumerable.Range(0, Math.Min(tasks.Count, random.Next(3, 6))).Select(_ => tasks.Dequeue()).ToList());
            if (s == subAt)
            {
                body.Heading(3, subHeadings.Dequeue());
                body.Paragraph(Sentences(2, random));
            }

            if (s == tableAt)
            {
                body.Table("| Step | What happens | When |", Enumerable.Range(0, random.Next(3, 5)).Select(_ => Filler.TableRow(random)));
            }

            if (s == calloutAt)
            {
                body.Callout("note", Sentences(2, random));
            }

            Pad(body, start + budget, random);
        }

        return body;
    }

    /// <summary>Two to five link sentences to other pages, some to a ## heading that every page of the target's collection has.</summary>
    private List<string>[] LinksBySection(PlannedPage page, int sections, Random random)
    {
        var bySection = Enumerable.Range(0, sections).Select(_ => new List<string>()).ToArray();
        var count = random.Next(2, 6);
        var chosen = new List<PlannedPage>();
        while (chosen.Count < count)
        {
            var target = plan.All[random.Next(plan.All.Count)];
            if (target != page && !chosen.Contains(target))
            {
                chosen.Add(target);
            }
        }

        foreach (var target in chosen)
        {
            var href = page.HrefTo(target);
            if (random.Next(5) < 2)
            {
                href += "#" + Collection.HeadingId(Pick(target.Collection.Headings, random));
            }

            var text = char.ToLowerInvariant(target.Title[0]) + target.Title[1..];
            var sentence = string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(LinkSentences, random), text, href);
            bySection[random.Next(sections)].Add(sentence);
        }

        return bySection;
    }

    /// <summary>Adds paragraphs of up to five sentences until the body reaches <paramref name="words"/> words.</summary>
    private static void Pad(MarkdownBody body, int words, Random random)
    {
        while (body.Words < words)
        {
            var sentences = new List<string>();
            var estimate = body.Words;
            while (sentences.Count < 5 && estimate < words)
            {
                var sentence = Filler.Sentence(random);
                sentences.Add(sentence);
                estimate += sentence.Count(c => c == ' ') + 1;
            }

            body.Paragraph(sentences);
        }
    }

    private static List<string> Sentences(int count, Random random) =>
        Enumerable.Range(0, count).Select(_ => Filler.Sentence(random)).ToList();

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    /// <summary>Up to <paramref name="count"/> distinct items, kept in the order of <paramref name="items"/>.</summary>
    private static List<T> Distinct<T>(IReadOnlyList<T> items, int count, Random random)
    {
        var picked = new SortedSet<int>();
        count = Math.Min(count, items.Count);
        while (picked.Count < count)
        {
            picked.Add(random.Next(items.Count));
        }

        return picked.Select(i => items[i]).ToList();
    }

    private static string FlowList(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    private static string Quote(string value)
    {
        if (value.Contains('"', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Value needs escaping, which the generator does not do: {value}");
        }

        return "\"" + value + "\"";
    }
}
