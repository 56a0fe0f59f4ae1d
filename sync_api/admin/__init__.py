"""The admin surface: devices seen, collection-run reports, the advertised desktop release,
and the status report the admin API, `influencer-sync admin status` and the HTML page show."""
