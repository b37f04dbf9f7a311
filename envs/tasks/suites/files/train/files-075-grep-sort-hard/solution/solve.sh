#!/usr/bin/env bash
grep 'pepper' /workspace/kettle.log | sort > /workspace/garnet.log
