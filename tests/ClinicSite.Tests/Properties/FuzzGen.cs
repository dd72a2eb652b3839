using FsCheck;
using FsCheck.Fluent;

namespace ClinicSite.Tests.Properties;

/// <summary>Generators for damaged pages: edits to valid pages, random Markdown bodies and random front matter.</summary>
internal static class FuzzGen
{
    /// <summary>Where a generated page goes, and the file it is built into.</summary>
    private static readonly (string Path, string Output, string Extra)[] Targets =
    [
        ("fuzz.md", "fuzz/index.html", string.Empty),
        ("risks/fuzz.md", "risks/fuzz/index.html", "frequency: rare\nwarning_signs: [Swelling]\nurgency: urgent\nget_help: Call your doctor today.\n"),
        ("specialists/fuzz.md", "specialists/fuzz/index.html", "training: [Medical school]\ntreats: [Back pain]\n"),
        ("checklists/fuzz.md", "checklists/fuzz/index.html", string.Empty),
        ("procedures/fuzz.md", "procedures/fuzz/index.html", "purpose: both\nguidance: [fluoroscopy]\nbody_location: Low back\nanesthesia: Numbing medicine\ntime_on_day: A few minutes\ngoing_home: Same day\nrelief_starts: Within a week\nrelief_lasts: Weeks to months\nconditions: [sciatica]\nrisks: [bleeding]\nperformed_by: [physiatrist]\nchecklists: [before]\nregion: spine\n"),
    ];

    private const string CommonYaml = "title: Fuzz page\nsummary: A page made by the fuzzer.\nreviewed: 2026-01-10\nnext_review: 2027-01-10\nreviewed_by: team\nsources:\n  - title: \"Spinal Injections\"\n    publisher: \"Patient handout\"\n";

    private const string ValidBody = "## What it is\n\nAn injection guided by fluoroscopy. See [bleeding](/risks/bleeding.md#what-it-is).\n\n::: urgent\nGet help today if it swells.\n:::\n\n- [ ] Ask your doctor.\n\n| When | What |\n|---|---|\n| Before | Eat |\n";

    private static readonly string[] Words =
    [
        "pain", "needle", "X-ray", "fluoroscopy", "Fluoroscopy", "bleeding", "it's", "café", "a", "the", "<b>", "&amp;", "&#0;", "*", "**", "_", "`", "\\",
        "[", "]", "(", ")", "!", "#", "|", ":::", "javascript:alert(1)", "</script>", "\"", "'", "😀", "e\u0301", "\t", "\u00A0", "\u200B", "{{Title}}", "{{{x}}}",
        "---", "...", ": ", "- ", "~~~", "<!--", "-->", "<", ">", "&", "\uFFFD", "\u202E", "TODO",
    ];

    private static readonly string[] LinkTargets =
    [
        "../risks/bleeding.md", "../risks/bleeding.md#what-it-is", "risks/bleeding.md", "bleeding.md", "#what-it-is", "#nowhere", "", "#", "https://example.org/a b",
        "mailto:a@example.org", "tel:000", "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "../../x.md", "../../../etc/passwd", "/abs/", "%zz",
        "..", "?q=1", "a b.md", "<x>", "\"q\"", "index.md", "_index.md", "../procedures/_index.md", "fuzz.md", "picture.png", "%2e%2e/%2e%2e/x.md", "//evil.example/x",
    ];

    private static readonly string[] CalloutKinds = ["note", "tip", "non-urgent", "urgent", "emergency", "warning", "urgnet", "", "note extra", "{.x}"];

    private static readonly string[] YamlKeys =
    [
        "title", "summary", "reviewed", "next_review", "reviewed_by", "sources", "order", "layout", "purpose", "guidance", "risks", "performed_by", "care_team", "region", "checklists",
        "related", "featured", "conditions", "frequency", "warning_signs", "urgency", "get_help", "training", "treats", "body_location", "summery", "Title",
        "unknown", "'quoted key'", "\"title\"", "? complex", "<<", "", "title ", " title", "&a title", "*a",
    ];

    private static readonly string[] YamlValues =
    [
        "x", "Fuzz", "\"quoted\"", "'single'", "\"unclosed", "'unclosed", "[a, b]", "[bleeding]", "[", "]", "{a: b}", "{", "}", "~", "null", "", "true", "yes", "no",
        "2026-01-10", "2027-01-10", "2026-02-30", "10/01/2026", "2026-01-10T09:00:00Z", "0", "-1", "99999999999999999999", "1e400", "NaN", ".inf", "|\n  block\n  text",
        ">\n  folded", "|", "\n  - a\n  - b", "\n  - title: T\n    publisher: P", "\n  - title: T\n    publisher: P\n    url: javascript:alert(1)", "\n  key: value",
        "&a anchored", "*a", "*missing", "!!str tagged", "!!binary AAAA", "!custom x", "@reserved", "`backtick", "# comment", "a: b: c", "- item", "\t", "x\ty",
        "very long " + new string('w', 300), "urgent", "both", "fluoroscopy", "home", "faq", "glossary", "team", "%TAG", "&a [*a]",
    ];

    public static Gen<FuzzCase> EditedPage { get; } =
        from target in Gen.Elements(Targets)
        from edits in Gen.Frequency((3, Gen.NonEmptyListOf(Edit)), (1, Gen.NonEmptyListOf(Appended("\n", "\nAsk your doctor.\n", "  \n")))).Select(l => l.Take(6).ToList())
        select Case(target, edits.Aggregate(Page(CommonYaml + target.Extra, ValidBody), (t, e) => e.Apply(t)));

    /// <summary>site.yml or glossary.yml with random edits: the home page builds, or the data file's errors are reported.</summary>
    public static Gen<FuzzCase> EditedDataFile { get; } =
        from file in Gen.Elements(("_data/site.yml", Support.MinimalSite.SiteYml + "\n"), ("_data/glossary.yml", "- term: Fluoroscopy\n  aliases: [X-ray video]\n  definition: A live X-ray video.\n- term: Sciatica\n  definition: Leg pain.\n"))
        from edits in Gen.Frequency((3, Gen.NonEmptyListOf(Edit)), (1, Gen.NonEmptyListOf(Appended("\n", "\n# note\n", "\n\n")))).Select(l => l.Take(4).ToList())
        select new FuzzCase(file.Item1, edits.Aggregate(file.Item2, (t, e) => e.Apply(t)), "index.html");

    /// <summary>A layout or partial with random Scriban edits; the risk page builds, or the template error is reported.</summary>
    public static Gen<FuzzCase> EditedTemplate(string root) =>
        from file in Gen.Elements("theme/layouts/risk.sbn-html", "theme/layouts/base.sbn-html", "theme/partials/page-header.sbn-html", "theme/partials/sources.sbn-html")
        from edits in Gen.Frequency((3, Gen.NonEmptyListOf(TemplateEdit)), (1, Gen.NonEmptyListOf(HarmlessTemplateEdit)))
        select new FuzzCase(file, edits.Take(4).Aggregate(File.ReadAllText(Path.Combine(root, file)), (t, e) => e.Apply(t)), "risks/bleeding/index.html");

    /// <summary>A Scriban fragment at any character: usually breaks the template, sometimes not.</summary>
    private static Gen<Edit> TemplateEdit { get; } =
        from at in Gen.Choose(0, 5000)
        from fragment in Gen.Elements(ScribanFragments)
        select new Edit($"insert {Show(fragment)} at {at}", t => t.Insert(at % (t.Length + 1), fragment));

    /// <summary>
    /// A comment or blank line at the start of a line, the kind of edit that must keep building. Without these, four random
    /// inserts almost always break the template, and a run can end with no built page at all.
    /// </summary>
    private static Gen<Edit> HarmlessTemplateEdit { get; } =
        from line in Gen.Choose(0, 500)
        from fragment in Gen.Elements("{{# note }}", "{{~ # note ~}}", "\n", "  ")
        select new Edit($"insert {Show(fragment)} at line {line}", t => t.Insert(LineStart(t, line), fragment));

    /// <summary>
    /// Text added at the end that keeps the file valid. Random edits break a page or data file nineteen times in twenty;
    /// mixed in for a quarter of the cases, these make sure every run also has files that build (3 of 100 did without).
    /// </summary>
    private static Gen<Edit> Appended(params string[] endings) =>
        Gen.Elements(endings).Select(ending => new Edit($"append {Show(ending)}", t => t + ending));

    private static int LineStart(string text, int line)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts[line % starts.Count];
    }

    private static readonly string[] ScribanFragments =
    [
        "{{", "}}", "{{ Title }}", "{{ Nope }}", "{{ Risk.Nope }}", "{{ for s in Sources }}", "{{ end }}", "{{ if Title }}", "{{ else }}", "{{ else if Summary }}",
        "{{ endd }}", "{{ include \"page-header\" }}", "{{ include \"missing\" }}", "{{ include }}", "{{ include Title }}", "{{# note }}", "{{#", "{{ raw Title }}",
        "{{ raw }}", "{{ Title.Length }}", "{{ Title.size }}", "{{ for x in Title }}x{{ end }}", "{{ unless Summary }}", "{{ with Risk }}", "{{ Sources[0] }}",
        "{{ Sources[99].Title }}", "{{ Title | string.upcase }}", "{{ Title | nope }}", "{{ x = 1 }}", "{{ $x = 1 }}{{ $x }}", "{{ 1 / 0 }}", "{{ func f; ret 1; end }}",
        "{{ while true }}{{ end }}", "{{ capture c }}", "{{~ Title ~}}", "{{- Title -}}", "{{ \"{{ Title }}\" }}", "{% raw %}", "{%{ x }%}", "<script>", "\"",
    ];

    public static Gen<FuzzCase> RandomMarkdownPage { get; } =
        from target in Gen.Elements(Targets)
        from body in Markdown
        select Case(target, Page(CommonYaml + target.Extra, body));

    public static Gen<FuzzCase> RandomFrontMatterPage { get; } =
        from target in Gen.Elements(Targets)
        from yaml in FrontMatter(CommonYaml + target.Extra)
        select Case(target, Page(yaml, ValidBody));

    /// <summary>Markdown and YAML nested from a few to hundreds of levels: deep enough to reach parser and renderer limits.</summary>
    public static Gen<FuzzCase> DeeplyNestedPage { get; } =
        from target in Gen.Elements(Targets)
        from depth in Gen.Choose(1, 400)
        from nesting in Gen.Elements<Func<int, (string Yaml, string Body)>>(
            n => (string.Empty, new string('>', n) + " quoted"),
            n => (string.Empty, string.Concat(Enumerable.Repeat("- ", n)) + "item"),
            n => (string.Empty, string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "- item\n"))),
            n => (string.Empty, new string('*', n) + "x" + new string('*', n)),
            n => (string.Empty, string.Concat(Enumerable.Repeat("**a ", n)) + "x" + string.Concat(Enumerable.Repeat(" a**", n))),
            n => (string.Empty, new string('[', n) + "x" + string.Concat(Enumerable.Repeat("](#what-it-is)", n))),
            n => (string.Empty, string.Concat(Enumerable.Repeat("::: note\n", n)) + "x\n" + string.Concat(Enumerable.Repeat(":::\n", n))),
            n => (string.Empty, string.Concat(Enumerable.Repeat("> - ", n)) + "x"),
            n => ("order: " + new string('[', n) + "\n", "Text."),
            n => ("order: " + string.Concat(Enumerable.Repeat("{a: ", n)) + "\n", "Text."),
            n => ("warning_signs:\n" + string.Concat(Enumerable.Repeat("- ", n)) + "x\n", "Text."))
        let parts = nesting(depth)
        select Case(target, Page(CommonYaml + target.Extra.Replace("warning_signs: [Swelling]\n", parts.Yaml.StartsWith("warning_signs", StringComparison.Ordinal) ? string.Empty : "warning_signs: [Swelling]\n", StringComparison.Ordinal) + parts.Yaml, "## What it is\n\n" + parts.Body + "\n"));

    public static Gen<byte[]> RandomBytes { get; } = Gen.OneOf(
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)),
        from prefix in Gen.Choose(0, 200)
        from noise in Gen.ArrayOf(Gen.Choose(0x80, 0xFF).Select(b => (byte)b))
        select System.Text.Encoding.UTF8.GetBytes(Page(CommonYaml, ValidBody)).Take(prefix).Concat(noise).ToArray());

    /// <summary>A page; links written from the root ('/risks/…') are made relative to where the page is.</summary>
    private static string Page(string yaml, string body) => $"---\n{yaml}---\n\n{body}";

    private static FuzzCase Case((string Path, string Output, string Extra) target, string text) =>
        new(target.Path, text.Replace("](/", target.Path.Contains('/', StringComparison.Ordinal) ? "](../" : "](", StringComparison.Ordinal), target.Output);

    private static Gen<string> Word { get; } = Gen.Frequency((6, Gen.Elements(Words)), (1, Gen.ArrayOf(Gen.Choose(1, 0xFFFF).Where(i => !char.IsSurrogate((char)i)).Select(i => (char)i)).Select(c => new string(c))));

    private static Gen<string> Inline { get; } = Gen.OneOf(
        Word,
        Word.Select(w => $"*{w}*"),
        Word.Select(w => $"**{w}**"),
        Word.Select(w => $"`{w}`"),
        from w in Word from t in Gen.Elements(LinkTargets) select $"[{w}]({t})",
        from w in Word from t in Gen.Elements(LinkTargets) select $"![{w}]({t})",
        Gen.Elements(LinkTargets).Select(t => $"![]({t})"),
        Gen.Elements(LinkTargets).Select(t => $"<{t}>"),
        Gen.Elements("<span>", "</span>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "[^1]", "[x][ref]", "  \n", "\\\n"));

    private static Gen<string> Paragraph { get; } = Gen.ListOf(Inline).Select(l => string.Join(' ', l.Take(15)));

    private static Gen<string> SimpleBlock { get; } = Gen.OneOf(
        Paragraph,
        from level in Gen.Choose(1, 7) from text in Paragraph select $"{new string('#', level)} {text}",
        from marker in Gen.Elements("- ", "* ", "1. ", "- [ ] ", "- [x] ", "  - ", "    - ", "> ", "> > ") from items in Gen.NonEmptyListOf(Paragraph)
        select string.Join('\n', items.Take(5).Select(i => marker + i)),
        from lang in Gen.Elements(string.Empty, "js", "html", "{.x}") from code in Paragraph from closed in Gen.Elements(true, false)
        select $"```{lang}\n{code}\n{(closed ? "```" : string.Empty)}",
        Paragraph.Select(p => "    " + p),
        from cells in Gen.NonEmptyListOf(Word) from rows in Gen.Choose(0, 3)
        select $"| {string.Join(" | ", cells.Take(4))} |\n|{string.Concat(Enumerable.Repeat("---|", Math.Min(4, cells.Count)))}\n{string.Concat(Enumerable.Repeat($"| {cells[0]} |\n", rows))}",
        Gen.Elements("---", "***", "___", "<div>", "</div>", "<!-- note -->", "<script>alert(1)</script>", "<iframe src=\"https://tracker.example\"></iframe>", "[ref]: https://example.org", "[ref]: javascript:alert(1)", "[^1]: note", "\\", "{#custom-id}", ":::"));

    private static Gen<string> Block { get; } = Gen.Frequency(
        (5, SimpleBlock),
        (1, from kind in Gen.Elements(CalloutKinds) from inner in SimpleBlock from closed in Gen.Elements(true, true, false) from nested in Gen.Elements(false, false, true)
            select $"::: {kind}\n{(nested ? $"::: note\n{inner}\n:::" : inner)}\n{(closed ? ":::" : string.Empty)}"));

    private static Gen<string> Markdown { get; } =
        from blocks in Gen.ListOf(Block)
        from separator in Gen.Elements("\n\n", "\n", "\n\n\n")
        select string.Join(separator, blocks.Take(30)) + "\n";

    private static Gen<string> FrontMatter(string validYaml) =>
        from lines in Gen.CollectToList(validYaml.TrimEnd('\n').Split('\n'), line => Gen.Frequency(
            (40, Gen.Constant(line)),
            (1, Gen.Constant(string.Empty)),
            (1, from value in Gen.Elements(YamlValues) select ReplaceValue(line, value)),
            (1, from indent in Gen.Elements(" ", "  ", "\t", "   ") select indent + line)))
        from extra in Gen.Frequency((2, Gen.Constant(new List<string>())), (1, Gen.ListOf(from key in Gen.Elements(YamlKeys) from value in Gen.Elements(YamlValues) select $"{key}: {value}").Select(l => l.ToList())))
        from shuffle in Gen.Elements(false, false, true)
        let all = lines.Concat(extra.Take(4)).ToList()
        select string.Join('\n', shuffle ? all.AsEnumerable().Reverse() : all) + "\n";

    private static string ReplaceValue(string line, string value)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? value : line[..(colon + 1)] + " " + value;
    }

    private static Gen<string> Fragment { get; } = Gen.OneOf(Gen.Elements(Words), Gen.Elements(YamlValues), Gen.Elements(LinkTargets), Gen.Elements("\n---\n", "\n...\n", "\n", "\r", "\r\n", "\0", "\uFEFF", "\n::: note\n", "\n:::\n", "\n```\n", "\n# H\n", "\n#### H\n", "<script>", "](", "!["));

    private static Gen<Edit> Edit { get; } = Gen.OneOf(
        from at in Gen.Choose(0, 5000) from fragment in Fragment select new Edit($"insert {Show(fragment)} at {at}", t => t.Insert(at % (t.Length + 1), fragment)),
        from at in Gen.Choose(0, 200) select new Edit($"delete line {at}", t => Lines(t, at, (lines, i) => lines.RemoveAt(i))),
        from at in Gen.Choose(0, 200) select new Edit($"duplicate line {at}", t => Lines(t, at, (lines, i) => lines.Insert(i, lines[i]))),
        from at in Gen.Choose(0, 200) from other in Gen.Choose(0, 200) select new Edit($"swap lines {at} and {other}", t => Lines(t, at, (lines, i) => (lines[i], lines[other % lines.Count]) = (lines[other % lines.Count], lines[i]))),
        from at in Gen.Choose(0, 5000) select new Edit($"truncate at {at}", t => t[..(at % (t.Length + 1))]),
        from at in Gen.Choose(0, 5000) from c in Gen.Choose(0, 0xFFFF) select new Edit($"replace char {at} with U+{c:X4}", t => t.Length == 0 ? t : string.Concat(t.AsSpan(0, at % t.Length), ((char)c).ToString(), t.AsSpan(at % t.Length + 1))));

    private static string Lines(string text, int at, Action<List<string>, int> change)
    {
        var lines = text.Split('\n').ToList();
        change(lines, at % lines.Count);
        return string.Join('\n', lines);
    }

    private static string Show(string fragment) => System.Text.Json.JsonSerializer.Serialize(fragment);
}
