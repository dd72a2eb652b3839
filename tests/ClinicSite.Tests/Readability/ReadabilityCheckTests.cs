using System.Globalization;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Engine.Readability;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Readability;

/// <summary>The build's readability check (CLS042): page bodies, FAQ answers and glossary definitions against site.yml's target.</summary>
public sealed class ReadabilityCheckTests
{
    private const string Easy = "We numb the skin first. You feel a push. Then you rest for a bit. Most people go home the same day.";

    private static readonly string[] Hard =
    [
        "Interventional anesthesiologists administer corticosteroid medications epidurally utilizing fluoroscopic visualization.",
        "Radiculopathy originating from intervertebral foraminal stenosis frequently necessitates multidisciplinary evaluation.",
        "Sacroiliac dysfunction occasionally mimics lumbar radicular symptomatology.",
        "The doctor checks the needle.",
    ];

    [Fact]
    public void A_page_above_the_target_is_a_warning_naming_the_page_its_grade_and_its_three_hardest_sentences()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About us") + string.Join(' ', Hard) + "\n");

        var result = site.Build(write: false);

        var warning = Assert.Single(TestSite.WithCode(result, Codes.Readability));
        var grade = TextStatistics.Analyze(string.Join(' ', Hard)).Grade;
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("about.md", warning.Span.Path, StringComparison.Ordinal);
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"'About us' reads at grade {grade:0.0}, above the target of 8"), warning.Message, StringComparison.Ordinal);
        var first = warning.Message.IndexOf("Interventional", StringComparison.Ordinal);
        var second = warning.Message.IndexOf("Radiculopathy", StringComparison.Ordinal);
        var third = warning.Message.IndexOf("Sacroiliac", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first && third > second, warning.Message);
        Assert.DoesNotContain("The doctor checks the needle", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void The_target_grade_comes_from_site_yml()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About us") + string.Join(' ', Hard) + "\n");
        site.Write("_data/site.yml", MinimalSite.SiteYml + "\nreadability:\n  target_grade: 40\n");
        Assert.Empty(TestSite.WithCode(site.Build(write: false), Codes.Readability));

        site.Write("_data/site.yml", MinimalSite.SiteYml + "\nreadability:\n  target_grade: 3\n");
        site.Write("about.md", MinimalSite.Meta("About us") + "Please remember to bring a full list of all your medicines.\n");
        var warning = Assert.Single(TestSite.WithCode(site.Build(write: false), Codes.Readability), d => d.Span.Path.EndsWith("about.md", StringComparison.Ordinal));
        Assert.Contains("above the target of 3", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_turns_a_hard_page_into_an_error_and_writes_nothing()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About us") + string.Join(' ', Hard) + "\n");

        var result = site.Build(strict: true);

        Assert.Equal(Severity.Error, Assert.Single(TestSite.WithCode(result, Codes.Readability)).Severity);
        Assert.False(result.Succeeded);
        Assert.False(result.Written);
    }

    [Fact]
    public void Headings_are_left_out_of_the_grade()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About us") + "## Interventional anesthesiologists administer corticosteroid medications epidurally\n\n" + Easy + "\n");

        var result = site.Build(write: false);

        Assert.Empty(TestSite.WithCode(result, Codes.Readability));
        var page = MeasureReadability.For(result.Site!.Pages.Single(p => p.Title == "About us"), result.Site);
        Assert.Equal(TextStatistics.Analyze(Easy), page.Overall);
    }

    [Fact]
    public void List_items_and_table_cells_are_sentences_of_their_own()
    {
        using var site = new TestSite();
        var items = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"- Bring your card {i}"));
        site.Write("about.md", MinimalSite.Meta("About us") + items + "\n\n| What | When |\n| --- | --- |\n| Your card | Every visit |\n");

        var result = site.Build(write: false);

        Assert.Empty(TestSite.WithCode(result, Codes.Readability));
        var page = MeasureReadability.For(result.Site!.Pages.Single(p => p.Title == "About us"), result.Site);
        Assert.Equal(12 + 4, page.Overall.Sentences);
    }

    [Fact]
    public void Each_FAQ_answer_is_judged_on_its_own_and_the_warning_points_at_its_question()
    {
        using var site = new TestSite();
        var easyAnswers = string.Concat(Enumerable.Range(1, 6).Select(i => $"## Easy question {i}?\n\n{Easy}\n\n"));
        site.Write("faq.md", MinimalSite.Meta("Questions", "layout: faq") + easyAnswers + "## Who gives the injection?\n\n" + Hard[0] + " " + Hard[3] + "\n");

        var result = site.Build(write: false);

        var warning = Assert.Single(TestSite.WithCode(result, Codes.Readability));
        Assert.StartsWith("The answer to 'Who gives the injection?' on 'Questions' reads at grade", warning.Message, StringComparison.Ordinal);
        var faq = result.Site!.Pages.Single(p => p.Title == "Questions");
        var line = File.ReadAllLines(site.FullPath("faq.md"))[warning.Span.Line - 1];
        Assert.Equal("## Who gives the injection?", line);
        Assert.True(MeasureReadability.For(faq, result.Site).Overall.Grade < 8, "The page as a whole is easy; only the one answer is hard.");
    }

    [Fact]
    public void Each_glossary_definition_is_judged_on_its_own_and_the_warning_points_at_glossary_yml()
    {
        using var site = new TestSite();
        site.Write("_data/glossary.yml", "- term: Fluoroscopy\n  definition: A live X-ray video.\n- term: Foramen\n  definition: " + Hard[1] + "\n- term: Steroid\n  definition: A medicine that calms swelling.\n");

        var result = site.Build(write: false);

        var warning = Assert.Single(TestSite.WithCode(result, Codes.Readability));
        Assert.EndsWith("_data/glossary.yml", warning.Span.Path, StringComparison.Ordinal);
        Assert.StartsWith("The glossary entry 'Foramen' reads at grade", warning.Message, StringComparison.Ordinal);
        Assert.Contains(Hard[1][..60], warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_under_ten_words_is_not_judged_because_one_long_word_would_decide_its_grade()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About us") + "Anesthesiologists administer corticosteroids.\n");

        var result = site.Build(write: false);

        Assert.Empty(TestSite.WithCode(result, Codes.Readability));
        var page = MeasureReadability.For(result.Site!.Pages.Single(p => p.Title == "About us"), result.Site);
        Assert.True(page.Overall.Grade > 8, "The grade is still measured and shown in the report.");
    }

    [Fact]
    public void Long_sentences_are_shortened_in_the_message()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("Anesthesiologists administer corticosteroids", 10)) + ".";
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About us") + sentence + "\n");

        var warning = Assert.Single(TestSite.WithCode(site.Build(write: false), Codes.Readability));

        Assert.Contains(sentence[..100] + "…\"", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(sentence, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_real_page_body_and_FAQ_answer_reads_at_or_below_the_target_grade()
    {
        var result = SiteBuild.Run(new BuildOptions { Input = RepoPaths.Input, Theme = RepoPaths.Theme, Write = false, Today = new DateOnly(2026, 11, 20) });
        var site = result.Site!;

        var pages = MeasureReadability.Run(site);
        var tooHard = pages
            .SelectMany(p => p.Above(site.Data.Readability.TargetGrade).Where(x => x.Passage.Span.Path == p.Page.Source.File.DisplayPath)
                .Select(x => string.Create(CultureInfo.InvariantCulture, $"{p.Page.Source.File.PathInInput} {x.Passage.Entry}: {x.Result.Grade:0.0}")))
            .ToList();

        Assert.Contains(pages, p => p.Page.Kind == PageKind.Faq && p.Passages.Count > 10);
        Assert.True(tooHard.Count == 0, string.Join('\n', tooHard));
    }
}
