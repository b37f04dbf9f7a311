#!/usr/bin/env bash
grep 'ERROR' /workspace/willow.log | sort > /workspace/velvet.log
