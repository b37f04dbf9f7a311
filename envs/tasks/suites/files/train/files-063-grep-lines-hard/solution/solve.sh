#!/usr/bin/env bash
grep -v 'apple' /workspace/lemon.log > /workspace/garnet.log
