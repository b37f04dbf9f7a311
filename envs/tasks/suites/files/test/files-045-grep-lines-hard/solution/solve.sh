#!/usr/bin/env bash
grep -v 'garnet' /workspace/lantern.log > /workspace/orchid.log
