using System.Buffers;
using System.Text;
using ClinicSite.Engine.Checks;

namespace ClinicSite.Engine.Markdown;

/// <summary>
/// A page body rendered to HTML once, in the Markdown stage, with what the page stage still needs to know: where
/// glossary links may go and the facts the site checks need, both in reading order. Whether a mention is linked is
/// decided only when the page is put together: a term the page's template text mentioned earlier is not linked again.
/// </summary>
/// <remarks>Public only because the page's view model (<c>Content</c>) is; templates write it with <c>raw Content</c>.</remarks>
public sealed class BodyHtml
{
    internal static readonly BodyHtml Empty = new([], [], []);

    /// <param name="utf8">The body's HTML as UTF-8: the form it is written in, and half the memory of a string.</param>
    /// <param name="mentions">Where glossary mentions are, as byte offsets into <paramref name="utf8"/>.</param>
    /// <param name="facts">The body's facts in reading order.</param>
    internal BodyHtml(byte[] utf8, IReadOnlyList<GlossaryMention> mentions, IReadOnlyList<BodyFact> facts)
    {
        Utf8 = utf8;
        Mentions = mentions;
        Facts = facts;
    }

    /// <summary>The body with no glossary links, as UTF-8.</summary>
    internal byte[] Utf8 { get; }

    /// <summary>The body with no glossary links, as text (for tests and templates rendered outside a page).</summary>
    internal string Html => Encoding.UTF8.GetString(Utf8);

    /// <summary>The first mention of each glossary term the body may link, in reading order.</summary>
    internal IReadOnlyList<GlossaryMention> Mentions { get; }

    /// <summary>Ids, headings and references, in reading order; a glossary mention stands where its link would be.</summary>
    internal IReadOnlyList<BodyFact> Facts { get; }

    /// <summary>
    /// The pages of this site the body links to: each link RenderMarkdown resolved to a page's URL, without its
    /// #fragment, once each, sorted (glossary links aside). The report's link graph and serve's cache both read it.
    /// </summary>
    internal IReadOnlyList<string> PageLinks()
    {
        var urls = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var fact in Facts)
        {
            if (fact is { Kind: BodyFactKind.Reference, Element: "a" } && fact.Value.StartsWith('/'))
            {
                var end = fact.Value.AsSpan().IndexOfAny('#', '?');
                urls.Add(end < 0 ? fact.Value : fact.Value[..end]);
            }
        }

        return [.. urls];
    }

    /// <summary>Writes the body with a link on each mention whose <paramref name="linked"/> flag is set.</summary>
    internal void WriteTo(IBufferWriter<byte> output, IReadOnlyList<bool> linked, string? glossaryUrl)
    {
        var at = 0;
        for (var i = 0; i < Mentions.Count; i++)
        {
            if (!linked[i])
            {
                continue;
            }

            var mention = Mentions[i];
            output.Write(Utf8.AsSpan(at, mention.Start - at));
            Encoding.UTF8.GetBytes($"<a href=\"{glossaryUrl}#{mention.Id}\" class=\"glossary-link\">", output);
            output.Write(Utf8.AsSpan(mention.Start, mention.End - mention.Start));
            output.Write("</a>"u8);
            at = mention.End;
        }

        output.Write(Utf8.AsSpan(at));
    }

    /// <summary>Adds the body's facts to a page's, with the links <paramref name="linked"/> says were made.</summary>
    internal void AddFactsTo(PageFactsBuilder facts, IReadOnlyList<bool> linked, string? glossaryUrl)
    {
        foreach (var fact in Facts)
        {
            switch (fact.Kind)
            {
                case BodyFactKind.Id:
                    facts.AddId(fact.Value);
                    break;
                case BodyFactKind.Heading:
                    facts.AddHeading(fact.Level);
                    break;
                case BodyFactKind.Reference:
                    facts.AddReference(fact.Element, fact.Attribute, fact.Value);
                    break;
                case BodyFactKind.Mention when linked[fact.Level]:
                    facts.AddReference("a", "href", $"{glossaryUrl}#{Mentions[fact.Level].Id}");
                    break;
            }
        }
    }
}

/// <summary>Where a glossary term's first mention in a body is: its text is <c>Html[Start..End]</c>.</summary>
internal sealed class GlossaryMention(string id)
{
    public string Id { get; } = id;

    public int Start { get; set; } = -1;

    public int End { get; set; } = -1;
}

internal enum BodyFactKind
{
    Id,
    Heading,
    Reference,
    Mention,
}

/// <summary>One fact about a body's markup: an id, a heading (Level), a reference, or a glossary mention (Level is its index).</summary>
internal readonly record struct BodyFact(BodyFactKind Kind, string Element, string Attribute, string Value, int Level)
{
    public static BodyFact Id(string id) => new(BodyFactKind.Id, string.Empty, string.Empty, id, 0);

    public static BodyFact Heading(int level) => new(BodyFactKind.Heading, string.Empty, string.Empty, string.Empty, level);

    public static BodyFact Reference(string element, string attribute, string value) => new(BodyFactKind.Reference, element, attribute, value, 0);

    public static BodyFact Mention(int index) => new(BodyFactKind.Mention, string.Empty, string.Empty, string.Empty, index);
}
