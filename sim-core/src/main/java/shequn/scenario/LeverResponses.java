package shequn.scenario;

import shequn.campaigns.levers.Content;
import shequn.campaigns.levers.Coupon;
import shequn.campaigns.levers.Emotion;
import shequn.campaigns.levers.Event;
import shequn.campaigns.levers.KolPost;
import shequn.campaigns.levers.Livestream;
import shequn.campaigns.levers.MiniProgram;
import shequn.campaigns.levers.Product;
import shequn.campaigns.levers.RedPacket;
import shequn.campaigns.levers.Referral;
import shequn.campaigns.levers.ShareIncentive;
import shequn.campaigns.levers.VipPruning;

/**
 * How people respond to each lever: the coefficients behind a lever's response curve, one section per
 * lever ({@code levers.red_packet.half_share}, …), so that sweeps, sensitivity and calibration see
 * them and none lives only in code. Each section is its lever's own {@code Response} record, declared
 * in the lever's file next to what it does; this record only gathers them under {@code levers:}.
 * Every response to intensity is concave — a saturating (Michaelis–Menten) term {@code x / (x + half)}
 * — and every message a lever sends into a group draws on members' one attention budget
 * ({@link Behaviour#attention()}), so frequency turns down once pushes crowd out what members are
 * willing to read (seed 001: 打扰, 垃圾信息). Sources and reasons for each default are in the README
 * ("Lever responses").
 */
public record LeverResponses(Emotion.Response emotion, Product.Response product, Content.Response content,
                             RedPacket.Response redPacket, Coupon.Response coupon, KolPost.Response kolPost,
                             Livestream.Response livestream, Event.Response event, Referral.Response referral,
                             ShareIncentive.Response shareIncentive, MiniProgram.Response miniProgram,
                             VipPruning.Response vipPruning) {

    public LeverResponses {
        emotion = emotion == null ? new Emotion.Response(null, null) : emotion;
        product = product == null ? new Product.Response(null, null, null, null) : product;
        content = content == null ? new Content.Response(null, null, null) : content;
        redPacket = redPacket == null ? new RedPacket.Response(null, null, null, null, null) : redPacket;
        coupon = coupon == null ? new Coupon.Response(null, null, null) : coupon;
        kolPost = kolPost == null ? new KolPost.Response(null, null, null) : kolPost;
        livestream = livestream == null ? new Livestream.Response(null, null) : livestream;
        event = event == null ? new Event.Response(null, null, null, null) : event;
        referral = referral == null ? new Referral.Response(null) : referral;
        shareIncentive = shareIncentive == null ? new ShareIncentive.Response(null, null) : shareIncentive;
        miniProgram = miniProgram == null ? new MiniProgram.Response(null, null) : miniProgram;
        vipPruning = vipPruning == null ? new VipPruning.Response(null) : vipPruning;
    }

    public static LeverResponses defaults() {
        return new LeverResponses(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    void check(Checks c) {
        String at = "levers.";
        emotion.check(c, at + "emotion.");
        product.check(c, at + "product.");
        content.check(c, at + "content.");
        redPacket.check(c, at + "red_packet.");
        coupon.check(c, at + "coupon.");
        kolPost.check(c, at + "kol_post.");
        livestream.check(c, at + "livestream.");
        event.check(c, at + "event.");
        referral.check(c, at + "referral.");
        shareIncentive.check(c, at + "share_incentive.");
        miniProgram.check(c, at + "mini_program.");
        vipPruning.check(c, at + "vip_pruning.");
    }

    /** {@code x / (x + half)}: 0 at 0, ½ at {@code half}, towards 1 — diminishing returns, never a wall. */
    public static double saturation(double x, double half) {
        return x <= 0 ? 0 : x / (x + half);
    }
}
