using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Tests.BadInput;

/// <summary>Markdown and cross-references: links, headings, raw HTML, unsafe URLs, images, callouts, slugs.</summary>
internal static partial class BadInputCases
{
    private static IEnumerable<BadInputCase> Body() =>
    [
        // Links between pages.
        BodyLine("link_to_a_missing_page", "See [the risk](../risks/bleding.md).", Codes.MissingPage, 5, "Did you mean 'risks/bleeding.md'?"),
        BodyLine("link_without_the_md_extension", "See [the risk](../risks/bleeding).", Codes.MissingPage, 5, "Links to pages end in .md"),
        BodyLine("link_to_a_site_address", "See [the risk](/risks/bleeding/).", Codes.MissingPage, 5, "relative to this file"),
        BodyLine("link_with_no_address", "See [the risk]().", Codes.MissingPage, 5, "Put the page's file name in the brackets"),
        BodyLine("link_to_a_missing_heading", "See [the risk](../risks/bleeding.md#what-it-iz).", Codes.MissingAnchor, 5, "Did you mean 'what-it-is'?"),
        BodyLine("link_to_a_missing_heading_on_this_page", "See [above](#what-it-was).", Codes.MissingAnchor, 5, "not on this page"),
        BodyLine("link_to_a_file_outside_input", "See [secrets](../../../etc/passwd).", Codes.OutsideInput, 5, "Link only to pages in input/"),
        BodyLine("link_to_a_page_outside_input", "See [notes](../../notes.md).", Codes.OutsideInput, 5, "Link only to pages in input/"),

        // Unsafe links.
        BodyLine("javascript_link", "See [this](javascript:alert(1)).", Codes.UnsafeLink, 5, "is not allowed"),
        BodyLine("javascript_link_in_mixed_case", "See [this](JavaScript:alert(1)).", Codes.UnsafeLink, 5, "is not allowed"),
        BodyLine("javascript_autolink", "See <javascript:alert(1)>.", Codes.UnsafeLink, 5, "Use https:// addresses"),
        BodyLine("data_link", "See [this](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).", Codes.UnsafeLink, 5, "is not allowed"),
        BodyLine("vbscript_link", "See [this](vbscript:msgbox).", Codes.UnsafeLink, 5, "is not allowed"),
        BodyLine("javascript_reference_link", "See [this][x].\n\n[x]: javascript:alert(1)", Codes.UnsafeLink, 5, "is not allowed"),

        // Raw HTML.
        BodyLine("raw_html_block", "<div class=\"box\">A box</div>", Codes.RawHtml, 1, "Write it in Markdown instead"),
        BodyLine("raw_html_inline", "Some <b>bold</b> text.", Codes.RawHtml, 6, "Write it in Markdown instead"),
        BodyLine("script_element", "<script>alert(1)</script>", Codes.RawHtml, 1, "Write it in Markdown instead"),
        BodyLine("inline_script_element", "Text <script>alert(1)</script> here.", Codes.RawHtml, 6, "Write it in Markdown instead"),
        BodyLine("html_comment", "<!-- a note for editors -->", Codes.RawHtml, 1, "Write it in Markdown instead"),
        BodyLine("iframe_element", "<iframe src=\"https://tracker.example.com\"></iframe>", Codes.RawHtml, 1, "Write it in Markdown instead"),

        // Images.
        new("image_without_alt_text", s => s.WriteBytes("procedures/diagram.png", [0x89, 0x50, 0x4E, 0x47]).Write("procedures/epidural.md", CasePages.ProcedureBodyLine("![](diagram.png)")), Codes.ImageAlt, CasePages.ProcedurePath, 29, 1, "Describe what it shows in the brackets"),
        BodyLine("missing_image", "![A diagram of the spine](spine.png)", Codes.MissingFile, 1, "Put the file in input/ next to the page"),
        BodyLine("image_from_another_host", "![A diagram](https://cdn.example.com/spine.png)", Codes.UnsafeLink, 1, "no other hosts"),
        BodyLine("image_with_data_url", "![A dot](data:image/png;base64,iVBORw0KGgo=)", Codes.UnsafeLink, 1, "no other hosts"),

        // Callouts and headings.
        Custom("unknown_callout_near_miss", s => s.Write("procedures/epidural.md", CasePages.ProcedureBodyLine("::: urgnet\nGet help today.\n:::")), Codes.UnknownCallout, CasePages.ProcedurePath, 29, 1, "Did you mean 'urgent'?"),
        Custom("unknown_callout_kind", s => s.Write("procedures/epidural.md", CasePages.ProcedureBodyLine("::: warning\nBe careful.\n:::")), Codes.UnknownCallout, CasePages.ProcedurePath, 29, 1, "Use one of: emergency, non-urgent, note, tip, urgent"),
        BodyLine("second_h1_in_the_body", "# Another title", Codes.H1Count, 1, "Use '## Another title'"),
        BodyLine("heading_level_skipped", "#### Too deep", Codes.HeadingOrder, 1, "Use ### instead"),

        // Cross-references in front matter.
        Procedure("cross_reference_to_an_unknown_slug", "risks: [bleeding, infection]", "risks: [bleding, infection]", Codes.UnknownReference, 19, 9, "Did you mean 'bleeding'?"),
        Procedure("cross_reference_to_the_wrong_collection", "performed_by: [physiatrist]", "performed_by: [bleeding]", Codes.UnknownReference, 20, 16, "which is a page in risks/, not in specialists/"),
        Custom("performer_that_does_not_give_injections", s => s
            .Write("specialists/physical-therapist.md", Support.MinimalSite.Meta("Physical therapist", "training: [Training]\ntreats: [Stiffness]\nperforms_injections: false") + "They help you move.\n")
            .Write("procedures/epidural.md", CasePages.ProcedureWith("performed_by: [physiatrist]", "performed_by: [physiatrist, physical-therapist]")), Codes.NotAPerformer, CasePages.ProcedurePath, 20, 29, "Move 'physical-therapist' to care_team"),
        Procedure("risk_note_for_an_unlisted_risk", "region: spine", "region: spine\nrisk_notes:\n  paralysis:\n    frequency: rare\n    note: A note.", Codes.RiskNoteNotListed, 24, 3, "add 'paralysis' to risks:"),
        Procedure("cross_reference_to_a_section_index", "checklists: [before]", "checklists: [_index]", Codes.UnknownReference, 21, 14, "not a page in checklists/"),
        Procedure("unknown_condition", "conditions: [sciatica]", "conditions: [sciatika]", Codes.UnknownReference, 18, 14, "Did you mean 'sciatica'?"),
        Procedure("page_that_references_itself", "checklists: [before]", "checklists: [before]\nrelated: [epidural]", Codes.SelfReference, 22, 11, "Remove it"),
    ];
}
