#!/usr/bin/env bash
grep 'ERROR' /workspace/raven.log > /workspace/delta.log
