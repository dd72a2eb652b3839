using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Readability;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Content;

/// <summary>
/// Guards on what the real front matter tells patients (issue 15): who gives each injection, the handout's full
/// complication set on every spinal procedure, per-procedure risk notes, no unsourced guidance, and an example domain.
/// </summary>
public sealed class ClinicalContentGuardTests
{
    /// <summary>The handout's complications of spinal injections, plus the page on who should not have one.</summary>
    public static readonly string[] SpinalRiskSet =
    [
        "bleeding", "infection", "nerve-injury", "arachnoiditis", "paralysis", "avascular-necrosis",
        "spinal-headache", "muscle-weakness", "increased-pain", "who-should-not-have-an-injection",
    ];

    private static readonly Lazy<(IReadOnlyList<ParsedPage> Pages, SiteData Data)> Real = new(() =>
    {
        var bag = new DiagnosticBag();
        var input = new ReadInput(RepoPaths.Input, bag).Run();
        var pages = new ParseFrontMatter(bag).Run(input.Pages);
        var (data, _) = new ReadSiteData(bag).Run(input, "input");
        Assert.Empty(bag.ToSortedList());
        return (pages, data!);
    });

    private static IEnumerable<(string Slug, T Meta)> In<T>()
        where T : PageMeta =>
        Real.Value.Pages.Where(p => !p.IsSectionIndex && p.Meta is T).Select(p => (p.Slug, (T)p.Meta));

    [Fact]
    public void Every_performer_is_a_specialist_type_that_gives_injections()
    {
        var performs = In<SpecialistMeta>().ToDictionary(s => s.Slug, s => s.Meta.PerformsInjections);
        var wrong = In<ProcedureMeta>()
            .SelectMany(p => p.Meta.PerformedBy.Where(s => !performs.GetValueOrDefault(s)).Select(s => $"{p.Slug}: {s}"))
            .ToList();
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("physiatrist", true)]
    [InlineData("anesthesiologist", true)]
    [InlineData("interventional-radiologist", true)]
    [InlineData("pain-medicine-fellowship", true)]
    [InlineData("physical-therapist", false)]
    [InlineData("primary-care-doctor", false)]
    [InlineData("spine-surgeon", false)]
    [InlineData("neurologist", false)]
    public void Specialist_pages_say_whether_they_give_injections_as_the_sources_frame_it(string slug, bool performs) =>
        Assert.Equal(performs, In<SpecialistMeta>().Single(s => s.Slug == slug).Meta.PerformsInjections);

    [Fact]
    public void Every_spinal_procedure_lists_the_full_handout_complication_set()
    {
        var spinal = In<ProcedureMeta>().Where(p => p.Meta.Region == Region.Spine).ToList();
        Assert.True(spinal.Count >= 7, $"only {spinal.Count} spinal procedures");
        var missing = spinal
            .SelectMany(p => SpinalRiskSet.Where(r => !p.Meta.Risks.Contains(r)).Select(r => $"{p.Slug} lacks {r}"))
            .ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("epidural-steroid-injection")]
    [InlineData("facet-joint-injection")]
    [InlineData("medial-branch-block")]
    [InlineData("sacroiliac-joint-injection")]
    [InlineData("selective-nerve-root-block")]
    [InlineData("radiofrequency-ablation")]
    [InlineData("provocation-discography")]
    public void The_injections_into_or_beside_the_spine_are_classed_as_spinal(string slug) =>
        Assert.Equal(Region.Spine, In<ProcedureMeta>().Single(p => p.Slug == slug).Meta.Region);

    [Fact]
    public void Discography_does_not_call_increased_pain_rare()
    {
        var discography = In<ProcedureMeta>().Single(p => p.Slug == "provocation-discography").Meta;
        Assert.Contains("increased-pain", discography.Risks);
        Assert.True(discography.RiskNotes.TryGetValue("increased-pain", out var note), "discography has no risk note for increased-pain");
        Assert.Equal(Frequency.Expected, note.Frequency);
    }

    [Fact]
    public void Single_risks_are_not_called_rare_because_the_sources_say_so_only_of_complications_as_a_group()
    {
        var rare = In<RiskMeta>().Where(r => r.Meta.Frequency == Frequency.Rare).Select(r => r.Slug).ToList();
        Assert.Empty(rare);
    }

    [Theory]
    [InlineData("trigger-point-injection")]
    [InlineData("occipital-nerve-block")]
    [InlineData("sympathetic-block")]
    public void Procedures_whose_guidance_the_sources_do_not_give_state_none(string slug) =>
        Assert.Empty(In<ProcedureMeta>().Single(p => p.Slug == slug).Meta.Guidance);

    [Fact]
    public void No_procedure_answers_time_on_the_day_with_ask_your_care_team()
    {
        var vague = In<ProcedureMeta>()
            .Where(p => p.Meta.TimeOnDay.Contains("ask your care team", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Slug)
            .ToList();
        Assert.Empty(vague);
    }

    [Fact]
    public void The_example_sites_base_url_host_is_a_domain_reserved_for_examples()
    {
        // A real clinic sets example: false and its own address; the fictional example must point at nobody's site.
        Assert.True(Real.Value.Data.Example, "site.yml no longer says example: true; this guard is for the example content.");
        var host = new Uri(Real.Value.Data.BaseUrl).Host;
        Assert.True(IsReservedExampleHost(host), $"base_url host '{host}' could belong to someone. Use a domain reserved by RFC 2606, such as clinic.example.org.");
    }

    [Theory]
    [InlineData("clinic.example.org", true)]
    [InlineData("example.com", true)]
    [InlineData("www.example.net", true)]
    [InlineData("clinic.test", true)]
    [InlineData("site.example", true)]
    [InlineData("nothing.invalid", true)]
    [InlineData("example-spine-clinic.netlify.app", false)]
    [InlineData("example.org.evil.com", false)]
    [InlineData("notexample.org", false)]
    public void The_reserved_domain_check_accepts_only_RFC_2606_names(string host, bool reserved) =>
        Assert.Equal(reserved, IsReservedExampleHost(host));

    [Fact]
    public void The_when_to_get_help_advice_is_marked_as_the_clinics_own_and_reads_at_grade_eight_or_lower()
    {
        var help = Real.Value.Data.WhenToGetHelp;
        Assert.Contains("clinic", help.Note, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("approve", help.Note, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("emergency number", help.Emergency.Action, StringComparison.Ordinal);
        Assert.Contains(help.Emergency.Signs, s => s.Contains("both legs", StringComparison.Ordinal));
        Assert.Contains(help.Emergency.Signs, s => s.Contains("bladder", StringComparison.Ordinal));
        Assert.Contains(help.Urgent.Signs, s => s.Contains("fever", StringComparison.OrdinalIgnoreCase));

        string[] blocks =
        [
            help.Note,
            .. new[] { help.Emergency, help.Urgent, help.NonUrgent }
                .SelectMany(l => l.Signs.Select(s => $"{l.Action.TrimEnd(':')} {char.ToLowerInvariant(s[0])}{s[1..]}.")),
        ];
        var grade = TextStatistics.Analyze(blocks).Grade;
        Assert.True(grade <= 8, $"The advice reads at grade {grade:0.0}.");
    }

    internal static bool IsReservedExampleHost(string host)
    {
        host = host.ToLowerInvariant().TrimEnd('.');
        string[] domains = ["example.org", "example.com", "example.net"];
        string[] tlds = ["example", "test", "invalid"];
        return domains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal))
            || tlds.Any(t => host == t || host.EndsWith("." + t, StringComparison.Ordinal));
    }
}
