using Overlay.Web.Tts.Engines;

namespace Overlay.Tests.Tts.Engines;

public sealed class SayEngineTests
{
    [Fact]
    public void Writes_16_bit_22_kHz_wav_and_reads_the_text_from_standard_input() =>
        Assert.Equal(
            ["-o", "/tmp/a.wav", "--file-format=WAVE", "--data-format=LEI16@22050", "-r", "87", "-v", "Bad News", "-f", "-"],
            SayEngine.SynthesisArguments(new SpeechJob("-v Alex", "Bad News", 50), "/tmp/a.wav"));

    [Fact]
    public void Without_a_voice_no_voice_option_is_passed() =>
        Assert.DoesNotContain("-v", SayEngine.SynthesisArguments(new SpeechJob("hi", null, 100), "a.wav"));

    [Fact]
    public void The_voice_list_keeps_names_with_spaces_and_their_language()
    {
        const string output = """
            Alex                en_US    # Most people recognize me by my voice.
            Bad News            en_US    # The light you see at the end of the tunnel is the headlamp of a fast approaching train.
            Eddy (German (Germany)) de_DE    # Hallo! Ich heiße Eddy.
            Amélie              fr_CA    # Bonjour, je m’appelle Amélie.
            not a voice line
            """;

        var voices = SayEngine.ParseVoices(output);

        Assert.Equal(
            [new SpeechVoice("Alex", "Alex", "en-us"), new SpeechVoice("Bad News", "Bad News", "en-us"),
             new SpeechVoice("Eddy (German (Germany))", "Eddy (German (Germany))", "de-de"), new SpeechVoice("Amélie", "Amélie", "fr-ca")],
            voices);
    }
}
