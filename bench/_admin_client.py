"""A test client signed in as an admissions coordinator with a confirmed second factor, as the
admin asks of admissions staff, for the admissions benchmarks."""


def admissions_client(client):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from admissions.permissions import ADMISSIONS_GROUP

    user, _ = get_user_model().objects.get_or_create(username="bench-admissions")
    user.groups.add(Group.objects.get(name=ADMISSIONS_GROUP))
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="bench phone", defaults={"confirmed": True}
    )
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
