using PolicyTracker.Core.Sources;

namespace PolicyTracker.Tests.Sources;

/// <summary>Finding a quotation in an archived text: the usual normalisation and nothing looser.</summary>
public class QuotableTextTests
{
    private const string Article =
        "The US says the new group is about \u201cbetter integrating our defence industries\u201d. It met in Honolulu \u2013 its first meeting.\n\n" +
        "Defence Minister Judith Collins called it a   \u201cdiscussion forum\u201d. Officials said little else.";

    [Theory]
    [InlineData("better integrating our defence industries")]
    [InlineData("Judith Collins called it a \"discussion forum\"")] // straight quotes for curly
    [InlineData("It met in Honolulu - its first meeting.")] // a hyphen for the en dash
    [InlineData("first meeting.\r\n Defence   Minister")] // any whitespace for any whitespace
    public void Finds_the_words_after_normalising_whitespace_quotes_and_dashes(string quotation) =>
        Assert.NotNull(new QuotableText(Article).Find(quotation));

    [Theory]
    [InlineData("better integrating our defense industries")] // one letter changed
    [InlineData("Better integrating our defence industries")] // case matters
    [InlineData("Judith Collins called it a discussion forum")] // quotation marks dropped
    [InlineData("It met in Honolulu, its first meeting.")] // punctuation changed
    [InlineData("   ")]
    public void Does_not_find_words_that_differ_in_anything_else(string quotation) =>
        Assert.Null(new QuotableText(Article).Find(quotation));

    [Fact]
    public void The_selector_keeps_the_copy_s_own_characters_and_a_few_words_either_side()
    {
        var selector = new QuotableText(Article).Find("called it a \"discussion forum\"")!;

        Assert.Equal("called it a \u201cdiscussion forum\u201d", selector.Exact);
        Assert.Equal("Defence Minister Judith Collins", selector.Prefix);
        Assert.Equal(". Officials said little", selector.Suffix);
    }

    [Fact]
    public void In_context_is_the_sentence_with_the_one_before_and_after()
    {
        var passage = new QuotableText(Article).InContext("discussion forum");

        Assert.Equal("It met in Honolulu \u2013 its first meeting. Defence Minister Judith Collins called it a \u201cdiscussion forum\u201d. Officials said little else.", passage);
        Assert.Null(new QuotableText(Article).InContext("not in the article"));
    }

    [Fact]
    public void A_text_fragment_encodes_the_directive_s_own_characters_in_each_term()
    {
        var link = TextFragment.Link("https://example.org/a?b=1", new TextQuoteSelector("well-known, long", "A & B - C", "then"));

        Assert.Equal("https://example.org/a?b=1#:~:text=well%2Dknown%2C%20long-,A%20%26%20B%20%2D%20C,-then", link);
    }

    [Fact]
    public void A_text_fragment_follows_a_fragment_the_address_already_has_and_leaves_out_empty_context()
    {
        var link = TextFragment.Link("https://example.org/a#section", new TextQuoteSelector("", "words", ""));

        Assert.Equal("https://example.org/a#section:~:text=words", link);
    }
}
