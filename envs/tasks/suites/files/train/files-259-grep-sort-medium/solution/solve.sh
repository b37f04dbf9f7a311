#!/usr/bin/env bash
grep 'willow' /workspace/saddle.log | sort > /workspace/lantern.log
