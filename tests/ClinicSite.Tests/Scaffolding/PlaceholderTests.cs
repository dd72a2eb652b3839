using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Scaffolding;

/// <summary>CLS043: a "TODO:" placeholder anywhere in a page, front matter or body, is an error at its line and column.</summary>
public sealed class PlaceholderTests
{
    [Fact]
    public void A_placeholder_in_a_front_matter_value_is_an_error_at_its_position()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About us", summary: "\"TODO: one plain sentence\"") + "We are a clinic.\n");

        var result = site.Build();

        var error = Assert.Single(TestSite.WithCode(result, Codes.Placeholder));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal((3, 11), (error.Span.Line, error.Span.Column));
        Assert.Contains("'TODO: one plain sentence'", error.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
    }

    [Fact]
    public void A_placeholder_in_the_body_or_a_YAML_comment_is_an_error_too()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About us", "order: 2  # TODO: pick the order") + "## Who we are\n\nTODO: Say who we are.\n\n- [ ] TODO: A task.\n");

        var errors = TestSite.WithCode(site.Build(write: false), Codes.Placeholder);

        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.EndsWith("about.md", e.Span.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void The_word_todo_in_ordinary_text_is_not_a_placeholder()
    {
        using var site = new TestSite();
        site.Write("about.md", MinimalSite.Meta("About us") + "Your to-do list for the week is short. Write todo: on a note if you like.\n");

        Assert.Empty(TestSite.WithCode(site.Build(write: false), Codes.Placeholder));
    }
}
