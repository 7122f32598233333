using PolicyTracker.Core.Common;

namespace PolicyTracker.Tests.Common;

public class XmlSafeTextTests
{
    [Theory]
    [InlineData("plain text", null)]
    [InlineData("tab\tnew line\ncarriage return\r", null)]
    [InlineData("emoji 🇳🇿 and macron ā", null)]
    [InlineData("Word's line break\u000Bhere", 0x0B)]
    [InlineData("\u0001start", 0x01)]
    [InlineData("form feed\u000C", 0x0C)]
    [InlineData("not a character \uFFFE", 0xFFFE)]
    public void Finds_the_first_character_XML_cannot_carry(string value, int? expected) =>
        Assert.Equal(expected, XmlSafeText.FirstInvalid(value));

    [Fact]
    public void An_unpaired_surrogate_is_found() =>
        Assert.Equal(0xD800, XmlSafeText.FirstInvalid("lone surrogate \uD800 here"));

    [Fact]
    public void Cleaning_drops_only_what_XML_cannot_carry() =>
        Assert.Equal("a🇳🇿b\tc", XmlSafeText.Clean("a\u0001🇳🇿\u000Bb\tc\uD800"));

    [Fact]
    public void A_field_with_a_control_character_is_refused_with_a_message()
    {
        var problems = new ValidationProblems();

        problems.Text("Title", "Pasted\u000Btitle", 300);

        Assert.Contains(problems.All, p => p.Field == "Title" && p.Message.Contains("U+000B"));
    }
}
