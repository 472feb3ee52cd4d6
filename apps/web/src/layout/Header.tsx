import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { LanguageSwitch } from './LanguageSwitch';
import { navigationByRole, paths, signedOutNavigation } from './navigation';

export function Header() {
  const { t } = useTranslation();
  const { session, signOut } = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const location = useLocation();
  const menuButtonRef = useRef<HTMLButtonElement>(null);

  const closeMenuOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButtonRef.current?.focus();
  };

  // A followed link has done its job: the small-screen menu closes behind it.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const items =
    session.status === 'signedIn'
      ? navigationByRole[session.account.role]
      : session.status === 'signedOut'
        ? signedOutNavigation
        : [];

  return (
    <header className="header">
      <div className="header__bar" onKeyDown={closeMenuOnEscape}>
        <Link to={paths.home} className="brand">
          <img src="/favicon.svg" alt="" className="brand__logo" width="32" height="32" />
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <button
          ref={menuButtonRef}
          type="button"
          className="button button--quiet menu-toggle"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span
            aria-hidden="true"
            className={menuOpen ? 'menu-toggle__icon menu-toggle__icon--open' : 'menu-toggle__icon'}
          />
          {/* One name for both states: aria-expanded already says whether it is open. */}
          {t('layout.menu')}
        </button>
        <div id={menuId} className={menuOpen ? 'header__menu header__menu--open' : 'header__menu'}>
          <nav aria-label={t('layout.mainNavigation')}>
            <ul className="nav">
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className="nav__link">
                    {t(item.labelKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header__tools">
            <LanguageSwitch />
            {session.status === 'signedIn' && (
              <div className="user">
                <span className="user__name">
                  {t('layout.signedInAs', { name: session.account.displayName })}
                </span>
                <button type="button" className="button button--secondary" onClick={() => void signOut()}>
                  {t('layout.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
