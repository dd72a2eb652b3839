using ClinicSite.Tests.Templates;

namespace ClinicSite.Tests.Content;

/// <summary>
/// The built real site shows the clinic's "When to get help" advice, with all three urgency levels, on every
/// procedure page and on the after-your-injection checklist, and "Who performs it" lists only injection givers.
/// </summary>
public sealed class WhenToGetHelpGuardTests(ThemeSite site) : IClassFixture<ThemeSite>
{
    public static TheoryData<string> PagesThatNeedIt()
    {
        var data = new TheoryData<string> { "checklists/after-your-injection/index.html" };
        foreach (var file in Directory.GetFiles(Path.Combine(Support.RepoPaths.Input, "procedures"), "*.md").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            if (slug != "_index")
            {
                data.Add($"procedures/{slug}/index.html");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesThatNeedIt))]
    public void The_page_shows_when_to_get_help_in_three_levels(string path)
    {
        var doc = site.Page(path);
        var heading = doc.GetElementById("when-to-get-help");
        Assert.True(heading is not null, $"{path} has no 'When to get help' heading (id when-to-get-help).");
        Assert.Equal("h2", heading.LocalName);
        Assert.Equal("When to get help", heading.TextContent.Trim());

        var section = heading.ParentElement!;
        foreach (var (kind, signs) in new[] { ("emergency", site.Data.WhenToGetHelp.Emergency.Signs), ("urgent", site.Data.WhenToGetHelp.Urgent.Signs), ("non-urgent", site.Data.WhenToGetHelp.NonUrgent.Signs) })
        {
            var callout = section.QuerySelector($".callout--{kind}");
            Assert.True(callout is not null, $"{path} lacks the {kind} level.");
            Assert.All(signs, s => Assert.Contains(s, callout.TextContent, StringComparison.Ordinal));
        }

        Assert.Contains(site.Data.WhenToGetHelp.Note, section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_risk_page_marks_its_own_advice_as_the_example_clinics_to_be_approved()
    {
        var risks = site.Members("risks").ToList();
        Assert.NotEmpty(risks);
        foreach (var (path, doc) in risks)
        {
            var help = doc.GetElementById("help-heading")?.ParentElement;
            Assert.True(help is not null, $"{path} has no 'When to get help' box.");
            Assert.Contains(site.Data.WhenToGetHelp.Note, help.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Checklists_that_do_not_ask_for_it_do_not_show_it() =>
        Assert.Null(site.Page("checklists/before-your-injection/index.html").GetElementById("when-to-get-help"));

    [Fact]
    public void Who_performs_it_never_lists_a_specialist_type_that_does_not_give_injections()
    {
        string[] nonPerformers = ["/specialists/physical-therapist/", "/specialists/primary-care-doctor/", "/specialists/spine-surgeon/", "/specialists/neurologist/"];
        foreach (var (path, doc) in site.Members("procedures"))
        {
            var who = doc.GetElementById("who-heading")!.ParentElement!;
            var links = who.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
            Assert.NotEmpty(links);
            Assert.DoesNotContain(links, l => nonPerformers.Contains(l));
        }
    }
}
