using ClinicSite.Engine.Content;
using ClinicSite.Engine.Model;

namespace ClinicSite.Engine.Markdown.Extensions.Glossary;

/// <summary>
/// The glossary as the page stages use it: which words to link (every term and alias, whole words, any case) and
/// where (the glossary page's URL and the entry's id). Built once per build and shared by every thread.
/// </summary>
internal sealed class GlossaryTerms
{
    public static readonly GlossaryTerms None = new([], null);

    private readonly TermMatcher _matcher;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _idBySpan;

    public GlossaryTerms(IReadOnlyList<GlossaryEntry> entries, string? glossaryUrl)
    {
        Entries = entries;
        var idByForm = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var id = GlossaryIds.IdFor(entry.Term);
            foreach (var form in entry.Aliases.Prepend(entry.Term))
            {
                idByForm.TryAdd(form.Trim(), id);
            }
        }

        _idBySpan = idByForm.GetAlternateLookup<ReadOnlySpan<char>>();
        _matcher = new TermMatcher(idByForm.Keys);
        Url = glossaryUrl;
    }

    /// <summary>The glossary's entries, as read from its data file.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>The glossary page's address, or null when the site has no glossary page (then nothing is linked).</summary>
    public string? Url { get; }

    /// <summary>False when there is nothing to link: no glossary page, or no terms.</summary>
    public bool Active => Url is not null && !_matcher.IsEmpty;

    /// <summary>
    /// The terms a page of this kind links, or null when it links none: the glossary page explains the terms and the
    /// 404 page only points the way. The body (Markdown stage) and the template text (page stage) both ask here.
    /// </summary>
    public GlossaryTerms? For(PageKind kind) => Active && kind is not (PageKind.Glossary or PageKind.NotFound) ? this : null;

    /// <summary>The address of a term's entry.</summary>
    public string Href(string id) => $"{Url}#{id}";

    /// <summary>
    /// The mentions in <paramref name="text"/>, in reading order: where each starts, how long it is and the id of its
    /// entry. Mentions of terms already in <paramref name="seen"/> are left out; each one found is added to it, so
    /// only the first mention of a term is ever returned.
    /// </summary>
    public IEnumerable<(int Index, int Length, string Id)> FirstMentions(string text, ISet<string> seen)
    {
        for (var (index, length) = _matcher.Next(text, 0); index >= 0; (index, length) = _matcher.Next(text, index + length))
        {
            var id = _idBySpan[text.AsSpan(index, length)];
            if (seen.Add(id))
            {
                yield return (index, length, id);
            }
        }
    }
}
