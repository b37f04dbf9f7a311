#!/usr/bin/env bash
grep 'brick' /workspace/raven.log | sort > /workspace/maple.log
