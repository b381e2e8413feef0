import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/faq-accordion/faq-accordion.define.js';
import { failOnConsoleErrors } from '../../helpers/console-capture.js';
import { shadow } from '../../helpers/query.js';
import { buttons, focused, openStates, sampleAccordion } from './faq-accordion.helpers.js';

describe('faq-accordion', () => {
  failOnConsoleErrors();

  describe('keyboard', () => {
    it('toggles with Enter and with Space (native button)', async () => {
      const el = await sampleAccordion();
      buttons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, false, false, false]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, false, false, false]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([false, false, false, false]);
    });

    it('moves focus with ArrowDown and ArrowUp, wrapping at both ends', async () => {
      const el = await sampleAccordion();
      buttons(el)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(1);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(2);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(1);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(0);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el), 'ArrowUp on the first wraps to the last').to.equal(3);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el), 'ArrowDown on the last wraps to the first').to.equal(0);
      expect(openStates(el), 'moving focus does not toggle').to.deep.equal([false, false, false, false]);
    });

    it('moves focus to the first question with Home and the last with End', async () => {
      const el = await sampleAccordion();
      buttons(el)[1].focus();
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(3);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(0);
    });

    it('leaves keys alone when focus is not on a question', async () => {
      const el = await sampleAccordion();
      const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
      shadow(el).querySelector('[part="list"]')!.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(false);
    });
  });
});
