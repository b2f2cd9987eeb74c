// The main story in Chinese (the default language).
import { storySuite } from '../lib/story-test.js';

storySuite({ name: 'the story in Chinese', language: 'zh-CN', elderly: false, tag: 'zh' });
