#!/usr/bin/env bash
grep -v 'cedar' /workspace/raven.log > /workspace/lotus.log
