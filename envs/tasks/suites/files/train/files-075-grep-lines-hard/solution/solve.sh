#!/usr/bin/env bash
grep -v 'sunny' /workspace/coral.log > /workspace/apple.log
