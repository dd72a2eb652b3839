using ClinicSite.Cli.Serve;

namespace ClinicSite.Tests.Serve;

public sealed class HeaderRulesTests
{
    [Fact]
    public void Every_matching_rule_applies_and_repeated_names_are_joined()
    {
        var rules = HeaderRules.Parse("/*\n  X-A: one\n/docs/*\n  X-A: two\n  X-B: b\n/other\n  X-C: c\n");

        var headers = rules.For("/docs/page/");

        Assert.Equal([new("X-A", "one, two"), new("X-B", "b")], headers);
    }

    [Fact]
    public void Placeholder_matches_one_segment_only()
    {
        var rules = HeaderRules.Parse("/procedures/:slug/\n  X-P: yes\n");

        Assert.Single(rules.For("/procedures/facet/"));
        Assert.Empty(rules.For("/procedures/facet/more/"));
    }

    [Fact]
    public void Comments_blank_lines_and_crlf_are_ignored()
    {
        var rules = HeaderRules.Parse("# top\r\n\r\n/a\r\n  # not a header\r\n  X-A: 1\r\n");

        Assert.Equal(1, rules.Count);
        Assert.Equal([new("X-A", "1")], rules.For("/a"));
    }
}
