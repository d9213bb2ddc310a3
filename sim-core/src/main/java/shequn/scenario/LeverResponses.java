package shequn.scenario;

/**
 * How people respond to each lever: the coefficients behind a lever's response curve, one section per
 * lever ({@code levers.red_packet.half_share}, …), so that sweeps, sensitivity and calibration see
 * them and none lives only in code. Every response to intensity is concave — a saturating
 * (Michaelis–Menten) term {@code x / (x + half)} — and every message a lever sends into a group
 * draws on members' one attention budget ({@link Behaviour#attention()}), so frequency turns down
 * once pushes crowd out what members are willing to read (seed 001: 打扰, 垃圾信息). Sources and
 * reasons for each default are in the README ("Lever responses").
 */
public record LeverResponses(Emotion emotion, Product product, Content content, RedPacket redPacket, Coupon coupon,
                             KolPost kolPost, Livestream livestream, Event event, Referral referral,
                             ShareIncentive shareIncentive, MiniProgram miniProgram, VipPruning vipPruning) {

    public LeverResponses {
        emotion = emotion == null ? new Emotion(null, null) : emotion;
        product = product == null ? new Product(null, null, null, null) : product;
        content = content == null ? new Content(null, null, null) : content;
        redPacket = redPacket == null ? new RedPacket(null, null, null, null, null) : redPacket;
        coupon = coupon == null ? new Coupon(null, null, null) : coupon;
        kolPost = kolPost == null ? new KolPost(null, null, null) : kolPost;
        livestream = livestream == null ? new Livestream(null, null) : livestream;
        event = event == null ? new Event(null, null, null, null) : event;
        referral = referral == null ? new Referral(null) : referral;
        shareIncentive = shareIncentive == null ? new ShareIncentive(null, null) : shareIncentive;
        miniProgram = miniProgram == null ? new MiniProgram(null, null) : miniProgram;
        vipPruning = vipPruning == null ? new VipPruning(null) : vipPruning;
    }

    public static LeverResponses defaults() {
        return new LeverResponses(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    void check(Checks c) {
        String at = "levers.";
        c.atLeast(at + "emotion.gain", emotion.gain(), 0);
        c.share(at + "emotion.boost", emotion.boost());
        c.atLeast(at + "product.gain", product.gain(), 0);
        c.share(at + "product.visit", product.visit());
        c.atLeast(at + "product.days", product.days(), 1);
        c.atLeast(at + "product.basket_uplift", product.basketUplift(), 0);
        c.atLeast(at + "content.gain", content.gain(), 0);
        c.share(at + "content.boost", content.boost());
        c.atLeast(at + "content.share", content.share(), 0);
        c.atLeast(at + "red_packet.shares", redPacket.shares(), 1);
        c.atLeast(at + "red_packet.gain", redPacket.gain(), 0);
        c.positive(at + "red_packet.half_share", redPacket.halfShare());
        c.share(at + "red_packet.boost", redPacket.boost());
        c.share(at + "red_packet.muted_grab", redPacket.mutedGrab());
        c.atLeast(at + "coupon.days", coupon.days(), 1);
        c.atLeast(at + "coupon.pull", coupon.pull(), 0);
        c.positive(at + "coupon.half_discount", coupon.halfDiscount());
        c.share(at + "kol_post.open", kolPost.open());
        c.atLeast(at + "kol_post.visit", kolPost.visit(), 0);
        c.positive(at + "kol_post.wear_out", kolPost.wearOut());
        c.share(at + "livestream.watch", livestream.watch());
        c.positive(at + "livestream.wear_out", livestream.wearOut());
        c.share(at + "event.online_accept", event.onlineAccept());
        c.share(at + "event.online_gain", event.onlineGain());
        c.share(at + "event.boost", event.boost());
        c.atLeast(at + "event.recent_days", event.recentDays(), 1);
        c.share(at + "referral.weak_accept", referral.weakAccept());
        c.atLeast(at + "share_incentive.boost", shareIncentive.boost(), 0);
        c.positive(at + "share_incentive.half_commission", shareIncentive.halfCommission());
        c.share(at + "mini_program.capture", miniProgram.capture());
        c.atLeast(at + "mini_program.delivery_cost", miniProgram.deliveryCost(), 0);
        c.share(at + "vip_pruning.vip_engagement", vipPruning.vipEngagement());
    }

    /** {@code x / (x + half)}: 0 at 0, ½ at {@code half}, towards 1 — diminishing returns, never a wall. */
    public static double saturation(double x, double half) {
        return x <= 0 ? 0 : x / (x + half);
    }

    /**
     * 情感激活 (greetings, care, recognition).
     *
     * @param gain  tie strength a reader gains from one firing, times the group's relevance to them
     * @param boost engagement a reader gains (the group feels warmer)
     */
    public record Emotion(Double gain, Double boost) {
        public Emotion {
            gain = gain == null ? 0.048 : gain;
            boost = boost == null ? 0.05 : boost;
        }
    }

    /**
     * 商品激活 (new, unusual items — 新奇特).
     *
     * @param gain         tie strength a reader gains from one push
     * @param visit        chance a reader comes to see the item, times relevance
     * @param days         days the item stays in front of members
     * @param basketUplift extra basket while the push lasts (new items added)
     */
    public record Product(Double gain, Double visit, Integer days, Double basketUplift) {
        public Product {
            gain = gain == null ? 0.024 : gain;
            visit = visit == null ? 0.12 : visit;
            days = days == null ? 7 : days;
            basketUplift = basketUplift == null ? 0.15 : basketUplift;
        }
    }

    /**
     * 内容激活 (posts and short video).
     *
     * @param gain  tie strength a reader gains from one post
     * @param boost engagement a reader gains
     * @param share how many times their usual share propensity a reader passes the content on
     */
    public record Content(Double gain, Double boost, Double share) {
        public Content {
            gain = gain == null ? 0.024 : gain;
            boost = boost == null ? 0.03 : boost;
            share = share == null ? 2.0 : share;
        }
    }

    /**
     * 红包激活. A packet is split into {@code shares}; what a share is worth saturates with the yuan per
     * share, {@code w = s / (s + half_share)}, and scales all of the packet's pull: the tie a grab gives
     * ({@code gain × w}), the wake-up ({@code boost × w}) and the chance a muted member grabs ({@code muted_grab × w}).
     *
     * @param shares    shares a packet splits into (WeChat's usual cap is a few dozen); late readers get nothing
     * @param gain      the most tie strength one grab can give (a very large share)
     * @param halfShare yuan per share at which a share is worth half its most
     * @param boost     the most engagement a grabber gains (the group wakes up for a moment)
     * @param mutedGrab the most chance a muted member still grabs (freeloaders wake up for money)
     */
    public record RedPacket(Integer shares, Double gain, Double halfShare, Double boost, Double mutedGrab) {
        public RedPacket {
            shares = shares == null ? 40 : shares;
            gain = gain == null ? 0.06 : gain;
            halfShare = halfShare == null ? 1.5 : halfShare;
            boost = boost == null ? 0.24 : boost;
            mutedGrab = mutedGrab == null ? 0.16 : mutedGrab;
        }
    }

    /**
     * Coupons pushed to members: the visit they prompt saturates with the discount,
     * {@code exposure_visit × (1 + pull × d / (d + half_discount))}; the discount itself lowers the price paid.
     *
     * @param days         days a coupon stays valid
     * @param pull         the most a coupon can multiply the visits a push prompts, less one
     * @param halfDiscount discount at which the pull is half its most
     */
    public record Coupon(Integer days, Double pull, Double halfDiscount) {
        public Coupon {
            days = days == null ? 14 : days;
            pull = pull == null ? 1.5 : pull;
            halfDiscount = halfDiscount == null ? 0.05 : halfDiscount;
        }
    }

    /**
     * KOL posts. Followers tire of a KOL who posts often: the response to one post is divided by
     * {@code 1 + posts in the last 30 days / wear_out}.
     *
     * @param open    share of followers who open a post
     * @param visit   chance an opener comes to the store, times the KOL's credibility and fit
     * @param wearOut posts per 30 days at which a post's pull has halved
     */
    public record KolPost(Double open, Double visit, Double wearOut) {
        public KolPost {
            open = open == null ? 0.6 : open;
            visit = visit == null ? 0.08 : visit;
            wearOut = wearOut == null ? 4.0 : wearOut;
        }
    }

    /**
     * KOL livestreams.
     *
     * @param watch   share of followers (times credibility) who watch
     * @param wearOut livestreams per 30 days at which the audience has halved
     */
    public record Livestream(Double watch, Double wearOut) {
        public Livestream {
            watch = watch == null ? 0.25 : watch;
            wearOut = wearOut == null ? 2.0 : wearOut;
        }
    }

    /**
     * 活动激活: events in store (capacity-limited) or online.
     *
     * @param onlineAccept invitations accepted online, relative to in store
     * @param onlineGain   tie strength an online attendee gains, relative to {@code behaviour.event_gain}
     * @param boost        engagement an in-store attendee gains (half of it online)
     * @param recentDays   a store without groups invites customers who visited within this many days
     */
    public record Event(Double onlineAccept, Double onlineGain, Double boost, Integer recentDays) {
        public Event {
            onlineAccept = onlineAccept == null ? 0.5 : onlineAccept;
            onlineGain = onlineGain == null ? 0.5 : onlineGain;
            boost = boost == null ? 0.2 : boost;
            recentDays = recentDays == null ? 30 : recentDays;
        }
    }

    /**
     * 顾客推荐.
     *
     * @param weakAccept invitations from an acquaintance accepted, relative to one from a close friend
     */
    public record Referral(Double weakAccept) {
        public Referral {
            weakAccept = weakAccept == null ? 0.5 : weakAccept;
        }
    }

    /**
     * 分享收益: a commission makes satisfied buyers share more, with diminishing returns:
     * share propensity × {@code (1 + boost × c / (c + half_commission))}.
     *
     * @param boost          the most a commission can add to sharing, as a multiple of the usual propensity
     * @param halfCommission commission at which the added sharing is half its most
     */
    public record ShareIncentive(Double boost, Double halfCommission) {
        public ShareIncentive {
            boost = boost == null ? 1.0 : boost;
            halfCommission = halfCommission == null ? 0.03 : halfCommission;
        }
    }

    /**
     * The mini-program (O+O). Besides moving linked customers' trips online, it wins orders the store
     * would not get: of a linked household's needs that would go to a competitor, this share (times
     * {@code 0.5 + distance}: far households gain most from delivery) is ordered online instead.
     *
     * @param capture      share of needs lost to competitors that ordering online wins back
     * @param deliveryCost yuan per online order (picking, packing, delivery), an operating cost
     */
    public record MiniProgram(Double capture, Double deliveryCost) {
        public MiniProgram {
            capture = capture == null ? 0.15 : capture;
            deliveryCost = deliveryCost == null ? 4.0 : deliveryCost;
        }
    }

    /**
     * 定期调整.
     *
     * @param vipEngagement engagement of a member moved into the VIP group (the welcome)
     */
    public record VipPruning(Double vipEngagement) {
        public VipPruning {
            vipEngagement = vipEngagement == null ? 0.8 : vipEngagement;
        }
    }
}
