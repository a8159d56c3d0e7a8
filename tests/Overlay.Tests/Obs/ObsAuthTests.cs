using Overlay.Web.Obs.Protocol;

namespace Overlay.Tests.Obs;

public sealed class ObsAuthTests
{
    [Fact]
    public void Authentication_string_follows_the_protocol_doc_steps()
    {
        // The doc's password, salt and challenge; the answer was computed separately (Python hashlib) from its steps.
        var answer = ObsAuth.Compute("supersecretpassword", "lM1GncleQOaCu9lT1yeUZhFYnqhsLLP1G5lAGo3ixaI=",
            "+IxH4CnCiqpX1rM9scsNynZzbOe4KhDeYcTNS3PDaeY=");

        Assert.Equal("1Ct943GAT+6YQUUX47Ia/ncufilbe6+oD6lY+5kaCu4=", answer);
    }
}
