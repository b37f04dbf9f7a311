#!/usr/bin/env bash
grep 'ERROR' /workspace/cobalt.log | sort > /workspace/garnet.log
