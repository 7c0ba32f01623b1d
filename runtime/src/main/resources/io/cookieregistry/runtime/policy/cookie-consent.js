/*
 * Cookie Registry consent dialog. No dependencies. Writes the visitor's choice to the consent
 * cookie in the format the server guard reads (v1:statistics.marketing, v1:none), deletes the
 * cookies of a category whose consent is withdrawn, and, with data-google-consent-mode on its
 * <script> element, sends Google Consent Mode v2 signals.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var consentMode = !!script && script.hasAttribute('data-google-consent-mode');
  var SIGNALS = {
    preferences: ['functionality_storage', 'personalization_storage'],
    statistics: ['analytics_storage'],
    marketing: ['ad_storage', 'ad_user_data', 'ad_personalization']
  };

  function gtag() {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push(arguments);
  }

  function signals(granted) {
    var out = { security_storage: 'granted' };
    Object.keys(SIGNALS).forEach(function (category) {
      SIGNALS[category].forEach(function (signal) {
        out[signal] = granted.indexOf(category) >= 0 ? 'granted' : 'denied';
      });
    });
    return out;
  }

  function cookieNames() {
    return document.cookie ? document.cookie.split(/;\s*/).map(function (pair) {
      return pair.split('=')[0];
    }) : [];
  }

  /* The categories the consent cookie grants; null when there is none or it is not ours. */
  function stored(name, version) {
    var found = null;
    (document.cookie ? document.cookie.split(/;\s*/) : []).some(function (pair) {
      if (pair.indexOf(name + '=') === 0) {
        found = pair.slice(name.length + 1).replace(/^"(.*)"$/, '$1');
        return true;
      }
      return false;
    });
    if (found === null || found.indexOf(version) !== 0 || !/^[a-z]+(\.[a-z]+)*$/.test(found.slice(version.length))) {
      return null;
    }
    var tokens = found.slice(version.length).split('.');
    return tokens.length === 1 && tokens[0] === 'none' ? [] : tokens;
  }

  if (consentMode) {
    /* Before any Google tag reads it: the choice already made, else everything denied. */
    var defaults = signals(stored('cookies_preferences', 'v1:') || []);
    defaults.wait_for_update = 500;
    gtag('consent', 'default', defaults);
  }

  function expire(name) {
    var labels = location.hostname.split('.');
    var domains = [''];
    for (var i = 0; i < labels.length - 1; i++) {
      domains.push('; Domain=' + labels.slice(i).join('.'));
    }
    domains.forEach(function (domain) {
      document.cookie = name + '=; Max-Age=0; Path=/' + domain;
    });
  }

  function setup() {
    var dialog = document.getElementById('cookie-consent');
    var source = document.getElementById('cookie-consent-config');
    if (!dialog || !source) {
      return;
    }
    var config = JSON.parse(source.textContent);
    var form = dialog.querySelector('form');
    var status = dialog.querySelector('.cc-status');
    var asPage = dialog.hasAttribute('data-page');
    var opener = null;

    function reflect() {
      var granted = stored(config.cookie, config.version) || [];
      config.categories.forEach(function (category) {
        document.getElementById('cc-' + category.name).checked = granted.indexOf(category.name) >= 0;
      });
    }

    function show() {
      reflect();
      status.textContent = '';
      if (asPage) {
        dialog.querySelector('input:not([disabled]), button').focus();
      } else if (!dialog.open) {
        opener = document.activeElement;
        dialog.showModal();
        /* Start from the title, not from a button: reading comes before choosing. */
        dialog.querySelector('#cc-title').focus();
      }
    }

    function save(granted) {
      document.cookie = config.cookie + '=' + config.version + (granted.length ? granted.join('.') : 'none')
          + '; Max-Age=' + config.maxAge + '; Path=/; SameSite=Lax' + (config.secure ? '; Secure' : '');
      var names = cookieNames();
      config.categories.forEach(function (category) {
        if (granted.indexOf(category.name) < 0) {
          names.forEach(function (name) {
            var declared = category.names.indexOf(name) >= 0 || category.prefixes.some(function (prefix) {
              return name.indexOf(prefix) === 0;
            });
            if (declared) {
              expire(name);
            }
          });
        }
      });
      if (consentMode) {
        gtag('consent', 'update', signals(granted));
      }
      dialog.dispatchEvent(new CustomEvent('cookie-consent', { bubbles: true, detail: { categories: granted } }));
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var choice = event.submitter ? event.submitter.value : 'save';
      var granted = config.categories.filter(function (category) {
        return choice === 'all' || (choice === 'save' && document.getElementById('cc-' + category.name).checked);
      }).map(function (category) {
        return category.name;
      });
      save(granted);
      reflect();
      status.textContent = config.saved;
      if (!asPage) {
        dialog.close();
      }
    });

    dialog.addEventListener('close', function () {
      if (opener && opener.focus) {
        opener.focus();
      }
      opener = null;
    });

    document.addEventListener('click', function (event) {
      var trigger = event.target.closest && event.target.closest('[data-cookie-consent-open]');
      if (trigger) {
        event.preventDefault();
        show();
      }
    });

    reflect();
    if (!asPage && stored(config.cookie, config.version) === null) {
      show();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setup);
  } else {
    setup();
  }
})();
