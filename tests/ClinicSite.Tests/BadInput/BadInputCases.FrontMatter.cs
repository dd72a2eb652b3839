using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Tests.BadInput;

/// <summary>Front matter: structure, YAML syntax, shapes, dates, required and unknown keys, values.</summary>
internal static partial class BadInputCases
{
    private static IEnumerable<BadInputCase> FrontMatter() =>
    [
        // Structure of the block.
        Risk("front_matter_not_closed", "get_help: Call your doctor today.\n---\n", "get_help: Call your doctor today.\n", Codes.FrontMatterMissing, 1, 1, "Add a line with only '---'"),
        Page("front_matter_missing", "risks/bleeding.md", "Some bleeding, but no front matter.\n", Codes.FrontMatterMissing, 1, 1, "Put a line '---' first"),
        Page("front_matter_empty", "risks/bleeding.md", "---\n---\n\nSome bleeding.\n", Codes.FrontMatterMissing, 1, 1, "Add title, summary"),
        Page("front_matter_is_a_list", "risks/bleeding.md", "---\n- title\n- summary\n---\n\nSome bleeding.\n", Codes.WrongType, 2, 1, "set of 'key: value' lines"),
        Page("front_matter_is_plain_text", "risks/bleeding.md", "---\nBleeding is rare\n---\n\nSome bleeding.\n", Codes.WrongType, 2, 1, "set of 'key: value' lines"),

        // YAML syntax.
        Risk("yaml_tab_indentation", "  - title: \"Spinal", "\t- title: \"Spinal", Codes.YamlSyntax, 8, 1, "not tabs"),
        Risk("yaml_bad_indentation", "reviewed: 2026-01-10", "  reviewed: 2026-01-10", Codes.YamlSyntax, 4, 11, "Indent with spaces"),
        Risk("yaml_duplicate_key", "summary: A short", "title: Bleeding again\nsummary: A short", Codes.YamlSyntax, 3, 1, "A key appears twice"),
        Risk("yaml_unquoted_colon_in_value", "get_help: Call your doctor today.", "get_help: Note: call your doctor today.", Codes.YamlSyntax, 13, 15, "quote values"),
        Risk("yaml_unclosed_quote", "title: Bleeding", "title: \"Bleeding", Codes.YamlSyntax, 2, 8, "quote values"),
        Risk("yaml_unclosed_flow_list", "warning_signs: [Swelling]", "warning_signs: [Swelling", Codes.YamlSyntax, 11, 16, "every [ has a ]"),
        Risk("yaml_unclosed_flow_list_with_more_items", "warning_signs: [Swelling]", "warning_signs: [Swelling, Bruising", Codes.YamlSyntax, 11, 16, "every [ has a ]"),

        // A scalar where a list belongs, and the reverse.
        Risk("scalar_where_a_list_belongs", "warning_signs: [Swelling]", "warning_signs: Swelling", Codes.WrongType, 11, 16, "should be a list"),
        Procedure("scalar_where_a_slug_list_belongs", "risks: [bleeding, infection]", "risks: bleeding", Codes.WrongType, 19, 8, "Write each item on its own line"),
        Risk("list_where_a_scalar_belongs", "title: Bleeding", "title: [Bleeding, Bruising]", Codes.WrongType, 2, 8, "should be a single value"),
        Risk("mapping_where_a_scalar_belongs", "urgency: urgent", "urgency:\n  level: urgent", Codes.WrongType, 13, 3, "should be a single value"),
        Risk("sources_written_as_text", "sources:\n  - title: \"Spinal Injections\"\n    publisher: \"Patient handout\"", "sources: Spinal Injections\n\n", Codes.WrongType, 7, 10, "should be a list"),
        Risk("source_item_without_fields", "  - title: \"Spinal Injections\"\n    publisher: \"Patient handout\"", "  - Spinal Injections\n", Codes.WrongType, 8, 5, "set of 'key: value' lines"),

        // Dates.
        Risk("date_in_day_month_year_order", "reviewed: 2026-01-10", "reviewed: 10/01/2026", Codes.InvalidValue, 4, 11, "YYYY-MM-DD"),
        Risk("date_that_does_not_exist", "reviewed: 2026-01-10", "reviewed: 2026-02-30", Codes.InvalidValue, 4, 11, "not a real date"),
        Risk("date_with_month_13", "next_review: 2027-01-10", "next_review: 2027-13-01", Codes.InvalidValue, 5, 14, "YYYY-MM-DD"),
        Risk("date_with_a_time", "next_review: 2027-01-10", "next_review: 2027-01-10T09:00", Codes.InvalidValue, 5, 14, "YYYY-MM-DD"),
        Risk("date_in_words", "next_review: 2027-01-10", "next_review: next January", Codes.InvalidValue, 5, 14, "for example 2026-11-15"),
        Risk("next_review_before_reviewed", "next_review: 2027-01-10", "next_review: 2025-12-01", Codes.ReviewDates, 5, 14, "must be after reviewed"),
        Risk("next_review_same_day_as_reviewed", "next_review: 2027-01-10", "next_review: 2026-01-10", Codes.ReviewDates, 5, 14, "must be after reviewed"),
        Risk("next_review_more_than_three_years_later", "next_review: 2027-01-10", "next_review: 2029-06-01", Codes.ReviewDates, 5, 14, "at least every 3 years"),
        Risk("review_long_overdue", "reviewed: 2026-01-10\nnext_review: 2027-01-10", "reviewed: 2025-01-10\nnext_review: 2026-01-10", Codes.ReviewOverdue, 5, 14, "Review the page"),

        // Missing and unknown keys.
        Risk("missing_title", "title: Bleeding\n", string.Empty, Codes.MissingKey, 2, 1, "Add a line 'title: …'"),
        Risk("missing_collection_key", "urgency: urgent\n", string.Empty, Codes.MissingKey, 2, 1, "Add a line 'urgency: …'"),
        Risk("missing_nested_source_publisher", "\n    publisher: \"Patient handout\"", string.Empty, Codes.MissingKey, 8, 5, "sources[0].publisher"),
        Risk("required_value_left_empty", "title: Bleeding", "title:", Codes.InvalidValue, 2, 7, "Write a value after the colon"),
        Risk("unknown_key_near_miss", "summary: A short", "summery: A short", Codes.UnknownKey, 3, 1, "Did you mean 'summary'?"),
        Risk("unknown_key_near_miss_with_underscore", "reviewed_by: team", "reviewd_by: team", Codes.UnknownKey, 6, 1, "Did you mean 'reviewed_by'?"),
        Risk("unknown_key_far_from_any", "urgency: urgent", "urgency: urgent\ncolour: red", Codes.UnknownKey, 13, 1, "Allowed keys here"),
        Risk("key_of_another_collection", "urgency: urgent", "urgency: urgent\npurpose: both", Codes.UnknownKey, 13, 1, "Remove it or correct its spelling"),

        // Values.
        Risk("enum_value_misspelled", "urgency: urgent", "urgency: urgnet", Codes.InvalidValue, 12, 10, "Did you mean 'urgent'?"),
        Procedure("enum_value_in_a_list_misspelled", "guidance: [fluoroscopy]", "guidance: [floroscopy]", Codes.InvalidValue, 11, 12, "Did you mean 'fluoroscopy'?"),
        Procedure("yes_instead_of_true", "checklists: [before]", "checklists: [before]\nfeatured: yes", Codes.InvalidValue, 22, 11, "write true or false"),
        Risk("order_not_a_number", "urgency: urgent", "urgency: urgent\norder: first", Codes.InvalidValue, 13, 8, "not a whole number"),
        Risk("summary_too_long", "summary: A short summary of the page.", "summary: " + new string('x', 161), Codes.SummaryTooLong, 3, 10, "Shorten it"),
        Risk("unknown_reviewer_near_miss", "reviewed_by: team", "reviewed_by: tem", Codes.UnknownReviewer, 6, 14, "Did you mean 'team'?"),
        Risk("source_url_javascript", "    publisher: \"Patient handout\"", "    publisher: \"Patient handout\"\n    url: \"javascript:alert(1)\"", Codes.UnsafeLink, 10, 10, "must start with https://"),
        Risk("source_url_data", "    publisher: \"Patient handout\"", "    publisher: \"Patient handout\"\n    url: \"data:text/html,hi\"", Codes.UnsafeLink, 10, 10, "must start with https://"),
    ];
}
